package io.github.ecsbridge.ciscoesa;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Splits the key/value lists of AMP engine messages ({@code File Name = 'a,b.pdf', MID = 5, File Size = 10 bytes})
 * where a comma is a separator only when a known key and its separator follow it, so that file names and malware
 * names with commas, colons or equals signs stay whole. Keys are compared exactly; entries with other keys are
 * skipped. Linear in the text length times the number of keys.
 */
final class AmpKeyValueSplitter {

    private final List<String> keys;

    /** @param keys every key that may start an entry */
    AmpKeyValueSplitter(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * Calls {@code entry} with each known key and its value, in order.
     *
     * @param colonSeparates whether {@code key: value} counts as well as {@code key = value}
     */
    void split(String text, boolean colonSeparates, BiConsumer<String, String> entry) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',' && keyAt(text, skipSpaces(text, i + 1), colonSeparates) != null) {
                emit(text.substring(start, i), colonSeparates, entry);
                start = skipSpaces(text, i + 1);
            }
        }
        emit(text.substring(start), colonSeparates, entry);
    }

    private void emit(String piece, boolean colonSeparates, BiConsumer<String, String> entry) {
        int separator = -1;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == '=' || (colonSeparates && c == ':')) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            return;
        }
        String key = piece.substring(0, separator).trim();
        if (keys.contains(key)) {
            entry.accept(key, piece.substring(skipSpaces(piece, separator + 1)));
        }
    }

    /** The known key that starts at {@code at} and is followed by its separator, or {@code null}. */
    private String keyAt(String text, int at, boolean colonSeparates) {
        for (String key : keys) {
            if (text.startsWith(key, at)) {
                int after = skipSpaces(text, at + key.length());
                if (after < text.length()
                        && (text.charAt(after) == '=' || (colonSeparates && text.charAt(after) == ':'))) {
                    return key;
                }
            }
        }
        return null;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
