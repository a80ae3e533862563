package io.github.ecsbridge.syslog;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code int} cursor over one syslog line, shared by the scanners of one parse call, plus the problems they found.
 *
 * <p>The end excludes framing residue (trailing LF, CR and NUL), because framers differ in whether they strip the
 * delimiter and a trailing newline is never part of the message.
 */
final class LineCursor {

    static final char BOM = '\uFEFF';

    final String text;
    final int end;
    int pos;
    final List<String> warnings = new ArrayList<>(2);

    LineCursor(String line) {
        this.text = line == null ? "" : line;
        int last = text.length();
        while (last > 0 && isFramingResidue(text.charAt(last - 1))) {
            last--;
        }
        this.end = last;
        // A BOM in front of the whole line comes from files saved by editors, not from the sender's header.
        this.pos = end > 0 && text.charAt(0) == BOM ? 1 : 0;
    }

    private static boolean isFramingResidue(char c) {
        return c == '\n' || c == '\r' || c == '\0';
    }

    boolean atEnd() {
        return pos >= end;
    }

    /** The character at {@code index}, or {@code 0} past the end. */
    char charAt(int index) {
        return index < end ? text.charAt(index) : 0;
    }

    char peek() {
        return charAt(pos);
    }

    boolean startsWith(String prefix, int at) {
        return at + prefix.length() <= end && text.startsWith(prefix, at);
    }

    /** Moves past spaces and returns how many there were. */
    int skipSpaces() {
        int start = pos;
        while (pos < end && text.charAt(pos) == ' ') {
            pos++;
        }
        return pos - start;
    }

    /** The index of the first space at or after {@code from}, or the end. */
    int tokenEnd(int from) {
        int i = from;
        while (i < end && text.charAt(i) != ' ') {
            i++;
        }
        return i;
    }

    /** The index of the first non-digit at or after {@code from}. */
    int digitsEnd(int from) {
        int i = from;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The decimal value of {@code text[from, to)}, which the caller checked holds only digits (at most 9). */
    int number(int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }

    /** Moves past a BOM, which marks UTF-8 text in RFC 5424 MSG and is not content. */
    void skipBom() {
        if (pos < end && text.charAt(pos) == BOM) {
            pos++;
        }
    }

    /** The text from the cursor to the end. */
    String rest() {
        return pos >= end ? "" : text.substring(pos, end);
    }

    void warn(String message) {
        warnings.add(message);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
