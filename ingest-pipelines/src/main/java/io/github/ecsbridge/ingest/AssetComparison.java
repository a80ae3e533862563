package io.github.ecsbridge.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether an asset on the cluster already is the one the installer would write. Elasticsearch returns some
 * assets in another shape than it was given, so both sides are normalised first: index settings become flat
 * dotted names with string values ({@code {"index": {"default_pipeline": "x"}}} and
 * {@code {"index.default_pipeline": "x"}} are the same setting), numbers compare by value, and the defaults and
 * timestamps that Elasticsearch adds on its own are dropped when the installer did not ask for them.
 */
final class AssetComparison {

    /** Keys Elasticsearch adds with these values when they are not given, by the object that holds them. */
    private static final Map<String, Map<String, Object>> SERVER_DEFAULTS = Map.of(
            "data_stream", Map.of("hidden", false, "allow_custom_routing", false));

    /** Keys Elasticsearch maintains itself on stored assets, whatever their value. */
    private static final List<String> SERVER_KEYS = List.of("created_date", "created_date_millis", "modified_date",
            "modified_date_millis");

    private AssetComparison() {
    }

    /** Whether {@code installed}, as the cluster returns it, is what {@code desired} would store. */
    static boolean same(Map<String, Object> desired, Map<String, Object> installed) {
        return Objects.equals(normalize(desired, null, null), normalize(installed, null, desired));
    }

    private static Object normalize(Object node, String key, Object desired) {
        if (node instanceof Map<?, ?> map) {
            if ("settings".equals(key)) {
                Map<String, Object> flat = new LinkedHashMap<>();
                flattenSettings("", map, flat);
                return flat;
            }
            Map<?, ?> wanted = desired instanceof Map<?, ?> d ? d : Map.of();
            Map<String, Object> defaults = key == null ? Map.of() : SERVER_DEFAULTS.getOrDefault(key, Map.of());
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String name = String.valueOf(entry.getKey());
                boolean asked = wanted.containsKey(name);
                if (!asked && desired != null && (SERVER_KEYS.contains(name)
                        || Objects.equals(defaults.get(name), entry.getValue()) && defaults.containsKey(name))) {
                    continue;
                }
                copy.put(name, normalize(entry.getValue(), name, wanted.get(name)));
            }
            return copy;
        }
        if (node instanceof List<?> list) {
            List<?> wanted = desired instanceof List<?> d ? d : List.of();
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(normalize(list.get(i), key, i < wanted.size() ? wanted.get(i) : null));
            }
            return copy;
        }
        if (node instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        return node;
    }

    private static void flattenSettings(String prefix, Map<?, ?> settings, Map<String, Object> flat) {
        for (Map.Entry<?, ?> entry : settings.entrySet()) {
            String name = prefix + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested) {
                flattenSettings(name + ".", nested, flat);
            } else {
                // Elasticsearch stores every setting as a string; an index. prefix is implied.
                String full = name.startsWith("index.") ? name : "index." + name;
                flat.put(full, String.valueOf(entry.getValue()));
            }
        }
    }
}
