package io.github.ecsbridge.cef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads one CEF message in a single left-to-right pass: an explicit state machine over an int cursor, one reused
 * {@link TextBuffer} for values that need unescaping, no regex and no splitting.
 *
 * <h2>Grammar, and where this scanner is looser than the standard</h2>
 * <pre>
 * [prefix] CEF:version|vendor|product|version|class id|name|severity|[extension]
 * extension = [spaces] key=value *( space key=value ) [whitespace]
 * </pre>
 * <ul>
 *   <li><b>Prefix.</b> Everything before the first {@code CEF:} is the prefix (normally a syslog header), kept
 *       and trimmed of spaces, line breaks and byte order marks.</li>
 *   <li><b>Header.</b> Seven pipe-terminated fields. {@code \|} and {@code \\} are unescaped; any other backslash
 *       is kept. A pipe ends a field only when it is not escaped, so {@code a\\|} ends after {@code a\}. Values
 *       are not trimmed. Fewer than seven fields is the only fatal error besides a missing {@code CEF:}; a missing
 *       pipe after the severity is accepted with a warning (the standard requires it), and extensions after the
 *       severity and a space are still read. A version that is not a number is a warning.</li>
 *   <li><b>Keys</b> start with a letter, digit or {@code _} and continue with those or {@code . , [ ] -}
 *       (wider than the standard's single alphanumeric word, as real producers send {@code ad.Error_,Code},
 *       {@code ad.field[0]}, {@code Some-Key}, {@code _cefVer}). A key must be followed directly by {@code =} and
 *       be at the start of the extension or after a space: {@code key =v} is not a key, and TAB is not a
 *       separator.</li>
 *   <li><b>Values</b> unescape {@code \=} {@code \\} {@code \n} {@code \r} to {@code = \ LF CR} in the same pass;
 *       other backslashes are kept. Spaces need no escaping, so a value ends at the last space before the next
 *       {@code key=}: extra spaces before a key stay in the value, the single separator does not. Whitespace at
 *       the very end of the message is dropped. Empty values ({@code reason=}) are empty strings. An unescaped
 *       {@code =} that does not start a {@code key=} stays in the value with a warning (lenient, like the
 *       Logstash codec; Beats drops the key instead). A repeated key keeps its last value, with a warning.</li>
 *   <li><b>Quoted values.</b> Some Kaspersky versions document {@code key="value"}. A value that starts with
 *       {@code "} ends at a {@code "} followed by the end or by spaces and a {@code key=}; the quotes are removed,
 *       {@code \"} is unescaped, and spaces, {@code =} and {@code key=} inside the quotes are plain text. When no
 *       such closing quote exists the value is read as unquoted text, quote included.</li>
 *   <li><b>Text without a key</b> (at the start of the extension, or {@code =abc}) is skipped up to the next
 *       {@code key=} with a warning.</li>
 *   <li><b>Bounds.</b> At most {@link #MAX_EXTENSIONS} keys are kept; the rest of the message is then ignored
 *       with a warning. At most {@link #MAX_WARNINGS} warnings are reported, then {@link #TOO_MANY_WARNINGS}.
 *       Work is linear in the length of the input.</li>
 * </ul>
 * Positions in messages are 0-based character offsets into the scanned text.
 */
public final class CefScanner {

    /** The marker that starts the CEF part of a line. */
    public static final String MARKER = "CEF:";

    /** Pipe-terminated fields in a complete header, the version included. */
    public static final int HEADER_FIELDS = 7;

    /** Most extensions kept from one message; the input decides the count, so it is bounded. */
    public static final int MAX_EXTENSIONS = 1000;

    /** Most warnings reported for one message; each takes time and space downstream, and the input decides. */
    public static final int MAX_WARNINGS = 20;

    /** Message of a line without {@code CEF:}. */
    public static final String NOT_CEF = "not a CEF message: no 'CEF:' marker";
    /** Start of the message for a header with fewer than seven fields. */
    public static final String INCOMPLETE_HEADER = "incomplete CEF header";
    /** Start of the warning for a header whose severity is not followed by a pipe. */
    public static final String MISSING_FINAL_PIPE = "missing pipe after the severity";
    /** Start of the warning for a version that is not a number. */
    public static final String MALFORMED_VERSION = "malformed CEF version";
    /** Start of the warning for an {@code =} in a value that does not start a key. */
    public static final String UNESCAPED_EQUALS = "unescaped '=' in the value of key";
    /** Start of the warning for skipped text that belongs to no key. */
    public static final String TEXT_WITHOUT_KEY = "text without a key";
    /** Start of the warning for a key sent twice. */
    public static final String DUPLICATE_KEY = "duplicate key";
    /** Start of the warning when {@link #MAX_EXTENSIONS} is reached. */
    public static final String TOO_MANY_EXTENSIONS = "too many extensions";
    /** The warning that replaces further warnings once {@link #MAX_WARNINGS} are reported. */
    public static final String TOO_MANY_WARNINGS = "too many warnings: the rest are not reported";
    /** Start of the error that replaces an exception escaping the scanner, should one ever happen. */
    public static final String INTERNAL_ERROR = "internal error while scanning CEF";

    /** Typical characters per key-value pair, to size the extension map from the extension's length. */
    private static final int CHARACTERS_PER_PAIR = 12;

    private static final int ASCII = 128;
    /** Keys outside the dictionary, shared by every scan of this JVM. */
    private static final SeenKeys SEEN_KEYS = new SeenKeys();
    private static final boolean[] KEY_START = new boolean[ASCII];
    private static final boolean[] KEY_PART = new boolean[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            boolean start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Numbers.isDigit(c) || c == '_';
            KEY_START[c] = start;
            KEY_PART[c] = start || c == '.' || c == ',' || c == '[' || c == ']' || c == '-';
        }
    }

    private enum State { HEADER_FIELD, EXTENSION_START, KEY, VALUE, QUOTED_VALUE, DONE }

    private final String text;
    private final int length;
    private final CefKeyDictionary dictionary;
    private final String prefix;
    private final String[] header = {"", "", "", "", "", "", ""};
    private int headerCount;
    private int version = CefMessage.UNKNOWN_VERSION;

    private int pos;
    /** End of the extension: the text length minus trailing whitespace. */
    private int end;
    /** Index of the {@code =} of the next key when a value scan has already found it, else -1. */
    private int nextKeyEquals = -1;
    /** Start and {@link String#hashCode()} of the last key {@link #keyEqualsAt} accepted, for the dictionary. */
    private int keyHashStart = -1;
    private int keyHash;
    private String key;
    private int keyPos;
    private int valueStart;
    /** Set once a quoted value finds no closing quote; none further on can then, so none is tried again. */
    private boolean quotesUnclosed;

    /*
     * Next space, backslash and '=' at or after the cursor, or end. Each is searched with String.indexOf (vectorised
     * by the JVM) and searched again only once the cursor has passed it. The cursor only moves forward (a failed
     * quoted value, the one step back, resets them), so every character is searched about once per kind.
     */
    private int nextSpace = -1;
    private int nextBackslash = -1;
    private int nextEquals = -1;
    /** Next backslash at or after the current header field, -1 when none is left; 0 before the first search. */
    private int headerBackslash = 0;

    private TextBuffer buffer;
    private LinkedHashMap<String, String> extensions;
    private List<String> warnings;
    private String error;

    private CefScanner(String text, int marker) {
        this.text = text;
        this.length = text.length();
        this.dictionary = CefKeyDictionary.standard();
        this.prefix = trimPrefix(text, marker);
        this.pos = marker + MARKER.length();
        this.end = length;
    }

    /** Scans one message. Never throws: problems are in {@link CefMessage#warnings()} and {@link CefMessage#error()}. */
    public static CefMessage scan(String text) {
        int marker = indexOfCef(text);
        if (marker < 0) {
            return new CefMessage("", new String[] {"", "", "", "", "", "", ""}, CefMessage.UNKNOWN_VERSION, null,
                    null, NOT_CEF);
        }
        CefScanner scanner = new CefScanner(text, marker);
        try {
            return scanner.run();
        } catch (RuntimeException e) {
            // A bug here must cost one event, not the pipeline worker that called us.
            return new CefMessage(scanner.prefix, scanner.header, scanner.version, null, scanner.warnings,
                    INTERNAL_ERROR + " at position " + scanner.pos + ": " + e);
        }
    }

    /** Index of the first {@code CEF:} in the text, or -1 (also for {@code null}). */
    public static int indexOfCef(String text) {
        return text == null ? -1 : text.indexOf(MARKER);
    }

    private CefMessage run() {
        State state = State.HEADER_FIELD;
        while (state != State.DONE) {
            state = switch (state) {
                case HEADER_FIELD -> headerField();
                case EXTENSION_START -> extensionStart();
                case KEY -> key();
                case VALUE -> value();
                case QUOTED_VALUE -> quotedValue();
                case DONE -> State.DONE;
            };
        }
        return new CefMessage(prefix, header, version, extensions, warnings, error);
    }

    /** Reads one header field up to its unescaped pipe, jumping from one pipe or backslash to the next. */
    private State headerField() {
        int start = pos;
        boolean escaped = false;
        int from = start;
        int pipe = text.indexOf('|', from);
        if (headerBackslash >= 0 && headerBackslash < from) {
            headerBackslash = text.indexOf('\\', from);
        }
        while (headerBackslash >= 0 && (pipe < 0 || headerBackslash < pipe)) {
            int escapedChar = headerBackslash + 1;
            if (escapedChar < length && (text.charAt(escapedChar) == '\\' || text.charAt(escapedChar) == '|')) {
                escaped = true;
                from = escapedChar + 1;
                if (pipe == escapedChar) {
                    pipe = text.indexOf('|', from);
                }
            } else {
                from = escapedChar;
            }
            headerBackslash = text.indexOf('\\', from);
        }
        if (pipe >= 0) {
            storeHeaderField(headerValue(start, pipe, escaped), start);
            pos = pipe + 1;
            return headerCount == HEADER_FIELDS ? State.EXTENSION_START : State.HEADER_FIELD;
        }
        if (headerCount == HEADER_FIELDS - 1) {
            return severityWithoutPipe(start, escaped);
        }
        return incompleteHeader();
    }

    /**
     * The severity ran to the end of the text. Accept it, and if it is followed by a space and a {@code key=},
     * read the rest as extensions, as Beats recovers them.
     */
    private State severityWithoutPipe(int start, boolean escaped) {
        end = trimmedEnd(start);
        if (end == start) {
            return incompleteHeader();
        }
        int space = start;
        while (space < end && text.charAt(space) != ' ') {
            space++;
        }
        int keyStart = space;
        while (keyStart < end && text.charAt(keyStart) == ' ') {
            keyStart++;
        }
        warn(MISSING_FINAL_PIPE + " at position " + space);
        if (keyEqualsAt(keyStart) > 0) {
            storeHeaderField(headerValue(start, space, escaped), start);
            pos = keyStart;
            extensions = newExtensionMap();
            return State.KEY;
        }
        storeHeaderField(headerValue(start, end, escaped), start);
        return State.DONE;
    }

    private State incompleteHeader() {
        pos = length;
        error = INCOMPLETE_HEADER + ": found " + headerCount + " of " + HEADER_FIELDS
                + " pipe-terminated fields at position " + length;
        return State.DONE;
    }

    private void storeHeaderField(String value, int start) {
        header[headerCount++] = value;
        if (headerCount == 1) {
            version = parseVersion(value, start);
        }
    }

    private int parseVersion(String value, int start) {
        int number = 0;
        boolean valid = !value.isEmpty() && value.length() <= 9;
        for (int i = 0; i < value.length() && valid; i++) {
            char c = value.charAt(i);
            valid = Numbers.isDigit(c);
            number = number * 10 + (c - '0');
        }
        if (!valid) {
            warn(MALFORMED_VERSION + " '" + value + "' at position " + start);
            return CefMessage.UNKNOWN_VERSION;
        }
        return number;
    }

    /** The header text in {@code [start, stop)} with {@code \|} and {@code \\} undone when there are any. */
    private String headerValue(int start, int stop, boolean escaped) {
        if (!escaped) {
            return text.substring(start, stop);
        }
        TextBuffer out = buffer();
        int segment = start;
        for (int i = start; i < stop - 1; i++) {
            if (text.charAt(i) == '\\' && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == '|')) {
                out.append(text, segment, i);
                segment = i + 1;
                i++;
            }
        }
        return out.append(text, segment, stop).take();
    }

    /** Finds where the extension ends and where its first key starts. */
    private State extensionStart() {
        end = trimmedEnd(pos);
        while (pos < end && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos >= end) {
            return State.DONE;
        }
        extensions = newExtensionMap();
        return State.KEY;
    }

    /** A map sized for the extension's probable pair count, so that it rarely rehashes and never oversizes. */
    private LinkedHashMap<String, String> newExtensionMap() {
        int pairs = Math.min(MAX_EXTENSIONS, 1 + (end - pos) / CHARACTERS_PER_PAIR);
        return new LinkedHashMap<>(pairs * 4 / 3 + 1);
    }

    /** Reads a key and its {@code =}; text that is no key is skipped to the next one. */
    private State key() {
        int start = pos;
        int equals = nextKeyEquals >= 0 ? nextKeyEquals : keyEqualsAt(start);
        nextKeyEquals = -1;
        if (equals < 0) {
            return skipTextWithoutKey(start);
        }
        if (keyHashStart != start) {
            keyEqualsAt(start);
        }
        String known = dictionary.intern(text, start, equals, keyHash);
        key = known != null ? known : SEEN_KEYS.intern(text, start, equals, keyHash);
        keyPos = start;
        valueStart = equals + 1;
        pos = valueStart;
        boolean quoted = valueStart < end && text.charAt(valueStart) == '"' && !quotesUnclosed;
        return quoted ? State.QUOTED_VALUE : State.VALUE;
    }

    private State skipTextWithoutKey(int start) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == ' ') {
                int equals = keyEqualsAt(i + 1);
                if (equals > 0) {
                    warn(TEXT_WITHOUT_KEY + " skipped at position " + start + ": "
                            + Numbers.quote(text.substring(start, i)));
                    nextKeyEquals = equals;
                    pos = i + 1;
                    return State.KEY;
                }
            }
        }
        warn(TEXT_WITHOUT_KEY + " skipped at position " + start + ": " + Numbers.quote(text.substring(start, end)));
        pos = end;
        return State.DONE;
    }

    /** Reads an unquoted value up to the last space before the next {@code key=}, or to the end. */
    private State value() {
        int segment = valueStart;
        boolean escaped = false;
        int firstEquals = -1;
        int i = valueStart;
        while (true) {
            int space = spaceFrom(i);
            int backslash = backslashFrom(i);
            int equals = equalsFrom(i);
            int stop = Math.min(space, Math.min(backslash, equals));
            if (stop >= end) {
                break;
            }
            if (stop == backslash) {
                char replacement = backslash + 1 < end ? unescape(text.charAt(backslash + 1)) : 0;
                if (replacement != 0) {
                    buffer().append(text, segment, backslash).append(replacement);
                    escaped = true;
                    segment = backslash + 2;
                    i = backslash + 2;
                } else {
                    i = backslash + 1;
                }
            } else if (stop == equals) {
                if (firstEquals < 0) {
                    firstEquals = equals;
                }
                i = equals + 1;
            } else {
                int keyEquals = keyEqualsAt(space + 1);
                if (keyEquals > 0) {
                    warnUnescapedEquals(firstEquals);
                    nextKeyEquals = keyEquals;
                    pos = space + 1;
                    return store(finishValue(segment, space, escaped, valueStart)) ? State.KEY : State.DONE;
                }
                i = space + 1;
            }
        }
        warnUnescapedEquals(firstEquals);
        pos = end;
        store(finishValue(segment, end, escaped, valueStart));
        return State.DONE;
    }

    private int spaceFrom(int from) {
        if (nextSpace < from) {
            nextSpace = indexOrEnd(' ', from);
        }
        return nextSpace;
    }

    private int backslashFrom(int from) {
        if (nextBackslash < from) {
            nextBackslash = indexOrEnd('\\', from);
        }
        return nextBackslash;
    }

    private int equalsFrom(int from) {
        if (nextEquals < from) {
            nextEquals = indexOrEnd('=', from);
        }
        return nextEquals;
    }

    private int indexOrEnd(char c, int from) {
        int index = text.indexOf(c, from);
        return index < 0 || index > end ? end : index;
    }

    /** Reads a value between quotes; falls back to {@link #value()} when no closing quote fits. */
    private State quotedValue() {
        int contentStart = valueStart + 1;
        int segment = contentStart;
        boolean escaped = false;
        for (int i = contentStart; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = i + 1 < end ? text.charAt(i + 1) : 0;
                char replacement = next == '"' ? '"' : unescape(next);
                if (replacement != 0) {
                    buffer().append(text, segment, i).append(replacement);
                    escaped = true;
                    i++;
                    segment = i + 1;
                }
            } else if (c == '"') {
                if (i + 1 == end) {
                    pos = end;
                    store(finishValue(segment, i, escaped, contentStart));
                    return State.DONE;
                }
                if (text.charAt(i + 1) == ' ') {
                    int keyStart = i + 1;
                    while (keyStart < end && text.charAt(keyStart) == ' ') {
                        keyStart++;
                    }
                    int equals = keyEqualsAt(keyStart);
                    if (equals > 0) {
                        nextKeyEquals = equals;
                        pos = keyStart;
                        return store(finishValue(segment, i, escaped, contentStart)) ? State.KEY : State.DONE;
                    }
                }
            }
        }
        quotesUnclosed = true;
        if (escaped) {
            buffer.clear();
        }
        // The cursor moves back, so the searches ahead must start again.
        nextSpace = -1;
        nextBackslash = -1;
        nextEquals = -1;
        pos = valueStart;
        return State.VALUE;
    }

    private String finishValue(int segment, int stop, boolean escaped, int start) {
        if (!escaped) {
            return text.substring(start, stop);
        }
        return buffer.append(text, segment, stop).take();
    }

    /** Adds the current key and value; returns false when the extension limit stops the scan. */
    private boolean store(String value) {
        if (extensions.size() >= MAX_EXTENSIONS && !extensions.containsKey(key)) {
            warn(TOO_MANY_EXTENSIONS + ": kept the first " + MAX_EXTENSIONS + ", ignored the rest from position "
                    + keyPos);
            return false;
        }
        if (extensions.put(key, value) != null) {
            warn(DUPLICATE_KEY + " '" + key + "' at position " + keyPos + ": the last value wins");
        }
        return true;
    }

    private void warnUnescapedEquals(int position) {
        if (position >= 0) {
            warn(UNESCAPED_EQUALS + " '" + key + "' at position " + position + ": kept in the value");
        }
    }

    /**
     * If a key starts at {@code start} and is directly followed by {@code =}, returns the index of that
     * {@code =}; otherwise -1. A word with no {@code =} before the next space is refused without reading it.
     */
    private int keyEqualsAt(int start) {
        if (start >= end || !isKeyStart(text.charAt(start))) {
            return -1;
        }
        int equals = equalsFrom(start);
        if (equals >= end || spaceFrom(start) < equals) {
            return -1;
        }
        // The hash is computed on the way, so that the dictionary lookup of the key does not read it again.
        int hash = text.charAt(start);
        for (int i = start + 1; i < equals; i++) {
            char c = text.charAt(i);
            if (!isKeyPart(c)) {
                return -1;
            }
            hash = 31 * hash + c;
        }
        keyHashStart = start;
        keyHash = hash;
        return equals;
    }

    private static boolean isKeyStart(char c) {
        return c < ASCII && KEY_START[c];
    }

    private static boolean isKeyPart(char c) {
        return c < ASCII && KEY_PART[c];
    }

    /** The character an extension escape stands for, or 0 when the backslash is kept as it is. */
    private static char unescape(char c) {
        switch (c) {
            case '\\':
                return '\\';
            case '=':
                return '=';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            default:
                return 0;
        }
    }

    private int trimmedEnd(int from) {
        int stop = length;
        while (stop > from && isTrailingWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        return stop;
    }

    private static boolean isTrailingWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static String trimPrefix(String text, int marker) {
        int start = 0;
        int stop = marker;
        while (start < stop && isPrefixPadding(text.charAt(start))) {
            start++;
        }
        while (stop > start && isPrefixPadding(text.charAt(stop - 1))) {
            stop--;
        }
        return text.substring(start, stop);
    }

    private static boolean isPrefixPadding(char c) {
        return c <= ' ' || c == '\uFEFF';
    }

    private TextBuffer buffer() {
        if (buffer == null) {
            buffer = new TextBuffer(Math.min(length, 256));
        }
        return buffer;
    }

    private void warn(String warning) {
        if (warnings == null) {
            warnings = new ArrayList<>(4);
        }
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        } else if (warnings.size() == MAX_WARNINGS) {
            warnings.add(TOO_MANY_WARNINGS);
        }
    }
}
