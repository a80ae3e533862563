package io.github.ecsbridge.ciscoesa;

/**
 * A declared field of {@code fields.tsv}, resolved once when the tables load: its dotted name, its type and the
 * object keys leading to it ({@code event.kind} is {@code [event, kind]}), so that writing a value costs no name
 * lookup and no key string.
 *
 * @param id the field's row number among the declared fields, for per-event sets of fields
 */
record Field(String name, FieldType type, String[] path, int id) {

    /** The key of the field in its parent object. */
    String leaf() {
        return path[path.length - 1];
    }

    @Override
    public String toString() {
        return name;
    }
}
