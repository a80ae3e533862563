package io.github.ecsbridge.syslog;

import java.util.List;

/**
 * A short list of names matched against a token ignoring case, as {@link String#regionMatches(boolean, int, String,
 * int, int)} matches them. Length and first letter are compared first, so a token is compared in full with the one
 * or two names that can match rather than with all of them. Immutable.
 */
final class NameTable {

    private final String[] names;
    private final char[] firstLetters;

    NameTable(List<String> names) {
        this.names = names.toArray(new String[0]);
        this.firstLetters = new char[this.names.length];
        for (int i = 0; i < this.names.length; i++) {
            firstLetters[i] = this.names[i].isEmpty() ? 0 : fold(this.names[i].charAt(0));
        }
    }

    /** The index of the first name equal to {@code text[from, to)} ignoring case, or -1. */
    int indexOf(String text, int from, int to) {
        int length = to - from;
        if (length <= 0) {
            return indexOfEmpty(length);
        }
        char first = fold(text.charAt(from));
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name.length() == length && firstLetters[i] == first
                    && text.regionMatches(true, from, name, 0, length)) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfEmpty(int length) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].length() == length) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One form per letter for every pair of letters that {@code regionMatches} takes as equal: it compares the
     * letters, then their upper cases, then the lower cases of those, so equal letters always fold alike.
     */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
