package io.github.ecsbridge.gem;

/** Writes strings as Ruby single-quoted literals, which interpolate nothing. */
final class RubyText {

    private RubyText() {
    }

    /** In a single-quoted Ruby literal only the backslash and the quote itself need escaping. */
    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
