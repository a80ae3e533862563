package io.github.ecsbridge.syslog;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds expected nested documents from dotted names, without the type widening of the production code. */
public final class ExpectedDocument {

    private ExpectedDocument() {
    }

    /** {@code of("log.syslog.priority", 13L, "message", "x")}: pairs of dotted name and value. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String[] parts = ((String) namesAndValues[i]).split("\\.");
            Map<String, Object> node = root;
            for (int p = 0; p < parts.length - 1; p++) {
                node = (Map<String, Object>) node.computeIfAbsent(parts[p], key -> new LinkedHashMap<String, Object>());
            }
            node.put(parts[parts.length - 1], namesAndValues[i + 1]);
        }
        return root;
    }

    /** Fails when a document holds anything but String, Long, Double, Boolean, List and Map. */
    public static void assertPlainTypes(Object value, String path) {
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((key, child) -> assertPlainTypes(child, path + "." + key));
        } else if (value instanceof List) {
            for (Object child : (List<?>) value) {
                assertPlainTypes(child, path + "[]");
            }
        } else if (!(value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean)) {
            fail(path + " holds " + (value == null ? "null" : value.getClass().getName()));
        }
    }
}
