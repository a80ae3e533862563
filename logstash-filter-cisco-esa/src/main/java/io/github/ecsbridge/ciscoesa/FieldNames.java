package io.github.ecsbridge.ciscoesa;

/** Field names shared by the parsers, and the {@code ~.} shorthand that the resource tables use for them. */
final class FieldNames {

    /** The integration's vendor namespace. */
    static final String VENDOR = "cisco_secure_email_gateway.log.";
    /** How the tables abbreviate {@link #VENDOR}. */
    static final String SHORTHAND = "~.";

    static final String CATEGORY = VENDOR + "category.name";
    static final String MESSAGE = VENDOR + "message";
    static final String HOST = VENDOR + "host";

    private FieldNames() {
    }

    /** Expands {@code ~.subject} to {@code cisco_secure_email_gateway.log.subject}; other names are unchanged. */
    static String expand(String name) {
        return name.startsWith(SHORTHAND) ? VENDOR + name.substring(SHORTHAND.length()) : name;
    }
}
