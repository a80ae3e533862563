package io.github.ecsbridge.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts documents per source (the dataset, else the CEF vendor and product, else plain syslog), per ECS event
 * category and per failure tag, and prints them as a table. Thread-safe: listeners count from network threads.
 */
final class Summary {

    private final Map<String, LongAdder> bySource = new TreeMap<>();
    private final Map<String, LongAdder> byCategory = new TreeMap<>();
    private final Map<String, LongAdder> byFailure = new TreeMap<>();
    private final LongAdder total = new LongAdder();

    /** Counts one document. */
    synchronized void count(Map<String, Object> document) {
        total.increment();
        increment(bySource, sourceOf(document));
        if (path(document, "event", "category") instanceof List<?> categories) {
            categories.forEach(category -> increment(byCategory, String.valueOf(category)));
        }
        if (document.get("tags") instanceof List<?> tags) {
            for (Object tag : tags) {
                if (tag instanceof String name && name.startsWith("_")) {
                    increment(byFailure, name);
                }
            }
        }
    }

    private static void increment(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Documents counted so far. */
    long total() {
        return total.sum();
    }

    /** Documents that carry at least the given failure tag. */
    synchronized long failures(String tag) {
        LongAdder count = byFailure.get(tag);
        return count == null ? 0 : count.sum();
    }

    /** Prints the tables: documents per source with the total, per event category, and per failure tag. */
    synchronized void print(PrintWriter out) {
        int width = "event.category".length();
        for (Map<String, LongAdder> counts : List.of(bySource, byCategory, byFailure)) {
            for (String key : counts.keySet()) {
                width = Math.max(width, key.length());
            }
        }
        String row = "%-" + width + "s  %9s%n";
        out.printf(row, "source", "documents");
        bySource.forEach((key, count) -> out.printf(row, key, count.sum()));
        out.printf(row, "total", total.sum());
        printSection(out, row, "event.category", byCategory);
        printSection(out, row, "failure tag", byFailure);
    }

    private static void printSection(PrintWriter out, String row, String title, Map<String, LongAdder> counts) {
        if (!counts.isEmpty()) {
            out.printf("%n" + row, title, "documents");
            counts.forEach((key, count) -> out.printf(row, key, count.sum()));
        }
    }

    static String sourceOf(Map<String, Object> document) {
        Object dataset = path(document, "event", "dataset");
        if (dataset != null) {
            return dataset.toString();
        }
        Object vendor = path(document, "observer", "vendor");
        Object product = path(document, "observer", "product");
        if (vendor != null || product != null) {
            return "cef " + (vendor == null ? "-" : vendor) + " " + (product == null ? "-" : product);
        }
        return "syslog";
    }

    private static Object path(Map<String, Object> document, String parent, String child) {
        return document.get(parent) instanceof Map<?, ?> map ? map.get(child) : null;
    }
}
