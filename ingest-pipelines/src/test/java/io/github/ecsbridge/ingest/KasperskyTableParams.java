package io.github.ecsbridge.ingest;

import io.github.ecsbridge.kaspersky.TableForms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mapping tables as painless script parameters: cef-core's CEF key table and the kaspersky filter's products,
 * severity, related and per-product field and event tables, read from the class path and pre-parsed (scopes split,
 * keys resolved to their full CEF names, labels normalized) so that the scripts only look things up.
 */
final class KasperskyTableParams {

    static final String CEF_KEYS = "io/github/ecsbridge/cef/cef-keys.tsv";
    static final String KASPERSKY = "io/github/ecsbridge/kaspersky/";

    private final Map<String, List<String>> keys = new LinkedHashMap<>();

    KasperskyTableParams() {
        for (List<String> row : TableRows.read(CEF_KEYS,
                "short_name\tfull_name\ttype\tecs_field\ttranslate\trelated\tlegacy_name")) {
            List<String> spec = Arrays.asList(row.get(1), row.get(2), row.get(3), row.get(4), row.get(5));
            // Keys match ignoring case, as CefKeyDictionary falls back to; the first row of a spelling wins.
            keys.putIfAbsent(row.get(0).toLowerCase(Locale.ROOT), spec);
            keys.putIfAbsent(row.get(1).toLowerCase(Locale.ROOT), spec);
        }
    }

    /** CEF key (short or full name, lower-cased) to [full name, type, ECS field, translate, related]. */
    Map<String, List<String>> cefKeys() {
        return keys;
    }

    /** The rows of products.tsv: [product, dataset, vendor, device_product, signature, sd_id, class_key]. */
    List<List<String>> products() {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : TableRows.read(KASPERSKY + "products.tsv",
                "product\tdataset\tvendor\tdevice_product\tsignature\tsd_id\tclass_key")) {
            List<String> copy = new ArrayList<>(row);
            for (int i = 2; i <= 5; i++) {
                copy.set(i, "*".equals(copy.get(i)) ? null : copy.get(i));
            }
            rows.add(copy);
        }
        return rows;
    }

    /** The product codes of products.tsv, in table order. */
    List<String> productCodes() {
        return products().stream().map(row -> row.get(0)).distinct().toList();
    }

    /** The rows of severity.tsv for one product: {product, scope, value (lower-cased), severity}. */
    List<Map<String, Object>> severities(String product) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> row : TableRows.read(KASPERSKY + "severity.tsv", "product\tscope\tvalue\tseverity")) {
            if (!row.get(0).equals(product)) {
                continue;
            }
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("product", row.get(0));
            rule.put("scope", TableForms.scope(row.get(1)));
            rule.put("value", row.get(2).toLowerCase(Locale.ROOT));
            rule.put("severity", Long.parseLong(row.get(3)));
            rows.add(rule);
        }
        return rows;
    }

    /** The rows of related.tsv: [field, related list]. */
    List<List<String>> related() {
        return TableRows.read(KASPERSKY + "related.tsv", "field\trelated");
    }

    /** The events table of a product, one map per row. */
    List<Map<String, Object>> events(String product) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> row : TableRows.read(KASPERSKY + product + "-events.tsv",
                "scope\tgroup\twhen\tkind\tcategory\ttype\taction\toutcome")) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("scope", TableForms.scope(row.get(0)));
            rule.put("group", row.get(1));
            String when = row.get(2);
            if (when != null) {
                int equals = when.indexOf('=');
                rule.put("when_field", when.substring(0, equals));
                String values = when.substring(equals + 1).toLowerCase(Locale.ROOT);
                rule.put("when_values", Arrays.asList(values.split("\\|")));
            }
            rule.put("kind", row.get(3));
            list(rule, "category", row.get(4));
            list(rule, "type", row.get(5));
            rule.put("action", row.get(6));
            rule.put("outcome", row.get(7));
            rows.add(rule);
        }
        return rows;
    }

    /** The fields table of a product, one map per row. */
    List<Map<String, Object>> fields(String product) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> row : TableRows.read(KASPERSKY + product + "-fields.tsv",
                "scope\tkey\tlabel\tfield\ttype\tecs\ttranslate")) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("scope", TableForms.scope(row.get(0)));
            String key = row.get(1);
            if (key != null) {
                int number = key.indexOf("<N>");
                if (number >= 0) {
                    rule.put("key", key.substring(0, number).toLowerCase(Locale.ROOT));
                    rule.put("suffix", key.substring(number + 3).toLowerCase(Locale.ROOT));
                } else {
                    List<String> spec = keys.get(key.toLowerCase(Locale.ROOT));
                    rule.put("key", (spec == null ? key : spec.get(0)).toLowerCase(Locale.ROOT));
                }
            } else {
                List<String> labels = new ArrayList<>();
                for (String label : row.get(2).split("\\|")) {
                    labels.add(TableForms.normalizedLabel(label));
                }
                rule.put("labels", labels);
            }
            rule.put("field", row.get(3));
            rule.put("type", row.get(4));
            rule.put("ecs", row.get(5));
            rule.put("translate", row.get(6));
            rows.add(rule);
        }
        return rows;
    }

    private static void list(Map<String, Object> rule, String name, String cell) {
        List<String> values = new ArrayList<>();
        boolean append = false;
        if (cell != null) {
            for (String value : cell.split(",")) {
                append = value.startsWith("+");
                values.add(append ? value.substring(1) : value);
            }
        }
        rule.put(name, values);
        rule.put(name + "_append", append);
    }
}
