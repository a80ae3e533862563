package io.github.ecsbridge.ciscoesa;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The declared type of every field the filter may write, read from {@code fields.tsv}. */
final class FieldTypes {

    private static final FieldTypes STANDARD = load("fields.tsv");

    private final Map<String, Field> fields;

    private FieldTypes(Map<String, FieldType> types) {
        Map<String, Field> fields = new HashMap<>();
        for (Map.Entry<String, FieldType> entry : types.entrySet()) {
            fields.put(entry.getKey(), new Field(entry.getKey(), entry.getValue(), split(entry.getKey()),
                    fields.size()));
        }
        this.fields = Collections.unmodifiableMap(fields);
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
        Field declared = fields.get(field);
        return declared == null ? null : declared.type();
    }

    /** The declared field of that name, or {@code null}. */
    Field field(String name) {
        return fields.get(name);
    }

    /** The declared field of that name; resolving every name once at load time keeps lookups out of parsing. */
    Field require(String name) {
        Field field = fields.get(name);
        if (field == null) {
            throw new IllegalStateException("[" + name + "] is not declared in fields.tsv");
        }
        return field;
    }

    /** The declared field a table row names; a row naming an undeclared one is an error of that row. */
    Field require(String name, TableReader.Row row) {
        Field field = fields.get(name);
        if (field == null) {
            throw row.error("field '" + name + "' is not declared in fields.tsv");
        }
        return field;
    }

    /** How many fields are declared: {@link Field#id()} is below it. */
    int size() {
        return fields.size();
    }

    private static String[] split(String field) {
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].intern();
        }
        return parts;
    }
}
