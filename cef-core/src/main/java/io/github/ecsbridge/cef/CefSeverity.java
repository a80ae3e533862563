package io.github.ecsbridge.cef;

/**
 * Turns the CEF header severity into the number ECS keeps in {@code event.severity}.
 *
 * <p>A number is taken as it is. The standard's words are mapped as the Elastic decode_cef processor maps them,
 * to the lowest number of their band: Low 0 (band 0-3), Medium 4 (4-6), High 7 (7-8), Very-High 9 (9-10); case is
 * ignored because producers send {@code low} too. {@code Unknown}, an empty field and anything else have no
 * number.
 */
public final class CefSeverity {

    private static final String[] WORDS = {"Low", "Medium", "High", "Very-High"};
    private static final long[] NUMBERS = {0, 4, 7, 9};

    /** A severity with more digits than this is not a severity but noise; it is kept as text. */
    private static final int MAX_DIGITS = 9;

    private CefSeverity() {
    }

    /** The numeric severity, or {@code null} when the text has none. */
    public static Long toNumber(String severity) {
        String text = severity.trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= MAX_DIGITS && isDigits(text)) {
            return Long.parseLong(text);
        }
        for (int i = 0; i < WORDS.length; i++) {
            if (WORDS[i].equalsIgnoreCase(text)) {
                return NUMBERS[i];
            }
        }
        return null;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Numbers.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
