package io.github.ecsbridge.kaspersky;

/**
 * Checks the field references of options ({@code message}, {@code [log][original]}) once, at construction, since
 * Logstash would otherwise reject a malformed one on every event.
 */
final class FieldReferences {

    private FieldReferences() {
    }

    /**
     * Returns the reference if it is well formed: a plain name, or {@code [a][b]...} with non-empty parts and no
     * brackets inside a part.
     *
     * @param allowDots whether parts may hold dots (a target may not: its parts become a dotted document path)
     */
    static String check(String option, String reference, boolean allowDots) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("[" + option + "] must not be empty");
        }
        if (!allowDots && reference.indexOf('.') >= 0) {
            throw new IllegalArgumentException("[" + option + "] '" + reference + "' must not contain dots; "
                    + "write nested fields as [a][b]");
        }
        if (reference.charAt(0) != '[') {
            if (reference.indexOf('[') >= 0 || reference.indexOf(']') >= 0) {
                throw malformed(option, reference);
            }
            return reference;
        }
        int i = 0;
        while (i < reference.length()) {
            int close = reference.indexOf(']', i);
            if (reference.charAt(i) != '[' || close <= i + 1 || reference.indexOf('[', i + 1) >= 0
                    && reference.indexOf('[', i + 1) < close) {
                throw malformed(option, reference);
            }
            i = close + 1;
        }
        return reference;
    }

    /** The dotted document path of a checked reference without dots: {@code [a][b]} is {@code a.b}. */
    static String toDotted(String option, String reference) {
        if (reference.charAt(0) != '[') {
            return reference;
        }
        return reference.substring(1, reference.length() - 1).replace("][", ".");
    }

    private static IllegalArgumentException malformed(String option, String reference) {
        return new IllegalArgumentException("[" + option + "] '" + reference
                + "' is not a field reference such as message or [log][original]");
    }
}
