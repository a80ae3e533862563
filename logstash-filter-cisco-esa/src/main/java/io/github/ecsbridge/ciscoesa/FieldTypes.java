package io.github.ecsbridge.ciscoesa;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The declared type of every field the filter may write, read from {@code fields.tsv}. */
final class FieldTypes {

    private static final FieldTypes STANDARD = load("fields.tsv");

    private final Map<String, FieldType> types;
    private final Map<String, String[]> paths;

    private FieldTypes(Map<String, FieldType> types) {
        this.types = Collections.unmodifiableMap(types);
        Map<String, String[]> paths = new HashMap<>();
        for (String field : types.keySet()) {
            paths.put(field, split(field));
        }
        this.paths = paths;
    }

    /** The table shipped with the filter. */
    static FieldTypes standard() {
        return STANDARD;
    }

    static FieldTypes load(String resource) {
        Map<String, FieldType> types = new LinkedHashMap<>();
        for (TableReader.Row row : TableReader.read(resource, 3)) {
            FieldType type;
            try {
                type = FieldType.of(row.get(1));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown type '" + row.get(1) + "'");
            }
            if (types.put(row.get(0), type) != null) {
                throw row.error("duplicate field '" + row.get(0) + "'");
            }
        }
        return new FieldTypes(types);
    }

    /** The declared type, or {@code null} for a field the table does not declare. */
    FieldType typeOf(String field) {
        return types.get(field);
    }

    /**
     * The object keys leading to a declared field ({@code event.kind} is {@code [event, kind]}), or {@code null}.
     * Split once here so that writing an event allocates no key strings.
     */
    String[] pathOf(String field) {
        return paths.get(field);
    }

    private static String[] split(String field) {
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].intern();
        }
        return parts;
    }

    boolean declares(String field) {
        return types.containsKey(field);
    }
}
