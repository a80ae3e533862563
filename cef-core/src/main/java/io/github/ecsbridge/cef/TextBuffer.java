package io.github.ecsbridge.cef;

import java.util.Arrays;

/**
 * The characters of one unescaped value, reused for every value of a scan. Runs of text are copied with
 * {@link String#getChars}, in bulk; a {@link StringBuilder} appends a range of a String one character at a time,
 * which was a fifth of the time spent on escape-heavy messages. Not thread-safe.
 */
final class TextBuffer {

    private char[] chars;
    private int length;

    TextBuffer(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    /** Appends {@code text[from, to)}. */
    TextBuffer append(String text, int from, int to) {
        int count = to - from;
        ensureRoom(count);
        text.getChars(from, to, chars, length);
        length += count;
        return this;
    }

    TextBuffer append(char c) {
        ensureRoom(1);
        chars[length++] = c;
        return this;
    }

    /** Drops what was appended. */
    void clear() {
        length = 0;
    }

    /** The text appended since the last take or clear; the buffer is empty afterwards. */
    String take() {
        String text = new String(chars, 0, length);
        length = 0;
        return text;
    }

    private void ensureRoom(int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
    }
}
