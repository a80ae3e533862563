package io.github.ecsbridge.ciscoesa;

import java.util.function.BiConsumer;

/**
 * Splits the extension part of an ESA consolidated event into key/value pairs as the integration does: a pair
 * starts wherever whitespace is followed by a word and {@code =}, and the whitespace before it ends the previous
 * value. Values are kept verbatim, escapes included: AsyncOS writes Python dictionaries with unescaped {@code =}
 * ({@code ESAURLDetails}, {@code ESAMARAction}), which strict CEF escape rules would cut or drop. One pass, linear.
 */
final class ConsolidatedExtensionSplitter {

    private ConsolidatedExtensionSplitter() {
    }

    static void split(String text, BiConsumer<String, String> pair) {
        int n = text.length();
        int start = skipWhitespace(text, 0);
        int i = start;
        while (i < n) {
            if (!isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int next = skipWhitespace(text, i);
            int keyEnd = next;
            while (keyEnd < n && isKeyChar(text.charAt(keyEnd))) {
                keyEnd++;
            }
            if (keyEnd > next && keyEnd < n && text.charAt(keyEnd) == '=') {
                emit(text, start, i, pair);
                start = next;
            }
            i = next;
        }
        int end = n;
        while (end > start && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        emit(text, start, end, pair);
    }

    private static void emit(String text, int start, int end, BiConsumer<String, String> pair) {
        int eq = start;
        while (eq < end && isKeyChar(text.charAt(eq))) {
            eq++;
        }
        if (eq > start && eq < end && text.charAt(eq) == '=') {
            pair.accept(text.substring(start, eq), text.substring(eq + 1, end));
        }
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
