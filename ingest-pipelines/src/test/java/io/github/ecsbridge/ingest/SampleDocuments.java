package io.github.ecsbridge.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Documents that hold every declared field of a data stream with a realistic value of its type. */
final class SampleDocuments {

    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("keyword", "example"),
            Map.entry("wildcard", "/quarantine/release?mid=6"),
            Map.entry("constant_keyword", "example"),
            Map.entry("text", "Message done DCID 8 MID 6 to RID [0]"),
            Map.entry("match_only_text", "Message done DCID 8 MID 6 to RID [0]"),
            Map.entry("long", 1673216L),
            Map.entry("integer", 42L),
            Map.entry("short", 7L),
            Map.entry("byte", 1L),
            Map.entry("double", 95.2),
            Map.entry("float", 0.5),
            Map.entry("half_float", 0.5),
            Map.entry("boolean", true),
            Map.entry("ip", "192.0.2.10"),
            Map.entry("date", "2026-06-01T08:04:29.000Z"),
            Map.entry("geo_point", Map.of("lat", 52.37, "lon", 4.89)));

    private SampleDocuments() {
    }

    /**
     * One value per field; {@code values} overrides the value of a field by name (for data_stream.* and other
     * constants). An object with an {@code object_type} gets one child {@code example} below it, the way a
     * vendor field the tables do not declare yet arrives.
     */
    static Map<String, Object> everyField(List<FieldDefinition> fields, Map<String, Object> values) {
        Map<String, Object> document = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            if ("object".equals(field.type())) {
                String name = field.isWildcard() ? field.name().replace("*", "vendor.example") : field.name() + ".example";
                put(document, name, VALUES.get(field.objectType()));
                continue;
            }
            Object value = values.containsKey(field.name()) ? values.get(field.name())
                    : field.parameters().getOrDefault("value", VALUES.get(field.type()));
            if (value == null) {
                throw new IllegalArgumentException("no sample value for " + field.name() + " of type " + field.type());
            }
            put(document, field.name(), value);
        }
        return document;
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> document, String dottedName, Object value) {
        String[] parts = dottedName.split("\\.");
        Map<String, Object> level = document;
        for (int i = 0; i < parts.length - 1; i++) {
            level = (Map<String, Object>) level.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        level.put(parts[parts.length - 1], value);
    }
}
