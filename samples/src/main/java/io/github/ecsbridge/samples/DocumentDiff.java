package io.github.ecsbridge.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Field-by-field differences between an expected and an actual document, by dotted name. Lists are compared as
 * whole values, in order; numbers must agree in kind (a Long is not a Double), because Elasticsearch maps them
 * differently.
 */
public final class DocumentDiff {

    private DocumentDiff() {
    }

    /**
     * One line per difference, sorted by field: {@code - name: value} expected but missing, {@code + name: value}
     * present but not expected, {@code ~ name: expected X, got Y}. Fields in {@code ignored} are not compared.
     */
    public static List<String> between(Map<String, Object> expected, Map<String, Object> actual, Set<String> ignored) {
        Map<String, Object> want = flatten(expected);
        Map<String, Object> got = flatten(actual);
        ignored.forEach(want::remove);
        ignored.forEach(got::remove);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Object> entry : want.entrySet()) {
            String name = entry.getKey();
            if (!got.containsKey(name)) {
                lines.add("- " + name + ": " + show(entry.getValue()));
            } else if (!Objects.equals(entry.getValue(), got.get(name))) {
                lines.add("~ " + name + ": expected " + show(entry.getValue()) + ", got " + show(got.get(name)));
            }
        }
        for (Map.Entry<String, Object> entry : got.entrySet()) {
            if (!want.containsKey(entry.getKey())) {
                lines.add("+ " + entry.getKey() + ": " + show(entry.getValue()));
            }
        }
        lines.sort((a, b) -> a.substring(2).compareTo(b.substring(2)));
        return lines;
    }

    /** Dotted name to leaf value; an empty map is a leaf so that it is not silently dropped. */
    public static Map<String, Object> flatten(Map<String, Object> document) {
        Map<String, Object> flat = new TreeMap<>();
        ((Map<?, ?>) Json.normalize(document)).forEach((key, value) -> flattenInto(String.valueOf(key), value, flat));
        return flat;
    }

    private static void flattenInto(String prefix, Object node, Map<String, Object> flat) {
        if (node instanceof Map<?, ?> map && !map.isEmpty()) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                flattenInto(prefix + "." + entry.getKey(), entry.getValue(), flat);
            }
        } else {
            flat.put(prefix, node);
        }
    }

    private static String show(Object value) {
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof Double) {
            return value + " (double)";
        }
        return String.valueOf(value);
    }
}
