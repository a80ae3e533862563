package io.github.ecsbridge.ciscoesa;

import java.util.Locale;

/** The Elasticsearch field types used by the integration's field files, and the Java value each one holds. */
enum FieldType {
    KEYWORD,
    CONSTANT_KEYWORD,
    WILDCARD,
    TEXT,
    MATCH_ONLY_TEXT,
    IP,
    DATE,
    LONG,
    DOUBLE,
    BOOLEAN;

    /** The type named as in a field file ({@code constant_keyword}). */
    static FieldType of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The Java class of a value of this type in a document; ip and date values are strings. */
    Class<?> javaType() {
        return switch (this) {
            case LONG -> Long.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            default -> String.class;
        };
    }
}
