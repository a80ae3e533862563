package io.github.ecsbridge.ciscoesa;

/** Logstash field references for the dotted names of our documents: {@code event.kind} is {@code [event][kind]}. */
final class FieldReferences {

    private FieldReferences() {
    }

    /** A reference for a dotted name; a name already in bracket form is returned as it is. */
    static String of(String dottedName) {
        if (dottedName.startsWith("[")) {
            return dottedName;
        }
        StringBuilder reference = new StringBuilder(dottedName.length() + 8);
        int start = 0;
        while (true) {
            int dot = dottedName.indexOf('.', start);
            reference.append('[').append(dot < 0 ? dottedName.substring(start) : dottedName.substring(start, dot))
                    .append(']');
            if (dot < 0) {
                return reference.toString();
            }
            start = dot + 1;
        }
    }
}
