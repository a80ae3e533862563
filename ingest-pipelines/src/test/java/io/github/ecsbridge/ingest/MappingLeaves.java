package io.github.ecsbridge.ingest;

import java.util.Map;
import java.util.TreeMap;

/** The leaf fields of a mapping's {@code properties}, by dotted name, with their mapping. */
final class MappingLeaves {

    private MappingLeaves() {
    }

    /** Every mapped field that has no {@code properties} of its own, sorted by name. */
    static Map<String, Object> of(Map<?, ?> properties) {
        Map<String, Object> leaves = new TreeMap<>();
        collect("", properties, leaves);
        return leaves;
    }

    private static void collect(String prefix, Map<?, ?> properties, Map<String, Object> leaves) {
        for (Map.Entry<?, ?> entry : properties.entrySet()) {
            String name = prefix + entry.getKey();
            Map<?, ?> mapping = (Map<?, ?>) entry.getValue();
            if (mapping.get("properties") instanceof Map<?, ?> children) {
                collect(name + ".", children, leaves);
            } else {
                leaves.put(name, mapping);
            }
        }
    }
}
