package io.github.ecsbridge.syslog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 5424 STRUCTURED-DATA, one or more {@code [SD-ID *(SP PARAM-NAME="PARAM-VALUE")]} elements, unescaping
 * values in the same pass.
 *
 * <p>Inside a value {@code \"}, {@code \\} and {@code \]} stand for the second character; a backslash before any
 * other character is kept, as RFC 5424 section 6.3.3 requires. Looser than the RFC: several spaces between
 * parameters and before {@code ]}, an unescaped {@code ]} inside quotes, a repeated SD-ID (its parameters are merged)
 * and a repeated PARAM-NAME (its values become a list). An element that breaks the grammar (unterminated value, a
 * name without {@code =}) ends the structured data with a warning; the caller treats it and everything after it as
 * MSG, so no text is lost.
 */
final class StructuredDataScanner {

    static final String MALFORMED_STRUCTURED_DATA = "malformed structured data";

    private enum State { SD_ID, PARAM_SEPARATOR, PARAM_NAME, VALUE_QUOTE, VALUE, DONE }

    private final LineCursor cursor;
    private final Map<String, Map<String, Object>> elements = new LinkedHashMap<>();
    private final StringBuilder buffer = new StringBuilder();
    private String sdId;
    private Map<String, Object> params;
    private String paramName;
    private int valueStart;
    private String error;
    private int errorPosition;

    private StructuredDataScanner(LineCursor cursor) {
        this.cursor = cursor;
    }

    /**
     * Reads the elements starting at the cursor (on a {@code [}) and leaves the cursor after the last complete one.
     * Returns them by SD-ID, or {@code null} when not even the first element is complete.
     */
    static Map<String, Map<String, Object>> scan(LineCursor cursor) {
        StructuredDataScanner scanner = new StructuredDataScanner(cursor);
        while (cursor.peek() == '[') {
            int elementStart = cursor.pos;
            if (!scanner.element()) {
                cursor.warn(MALFORMED_STRUCTURED_DATA + " at position " + scanner.errorPosition + ": "
                        + scanner.error + "; kept as message text from position " + elementStart);
                cursor.pos = elementStart;
                break;
            }
        }
        return scanner.elements.isEmpty() ? null : scanner.elements;
    }

    /** Reads one element; returns false and sets {@link #error} when it breaks the grammar. */
    private boolean element() {
        cursor.pos++;
        params = new LinkedHashMap<>();
        State state = State.SD_ID;
        while (state != State.DONE) {
            if (cursor.atEnd()) {
                return fail("unterminated element");
            }
            state = switch (state) {
                case SD_ID -> sdId();
                case PARAM_SEPARATOR -> paramSeparator();
                case PARAM_NAME -> paramName();
                case VALUE_QUOTE -> valueQuote();
                case VALUE -> value();
                case DONE -> State.DONE;
            };
            if (state == null) {
                return false;
            }
        }
        Map<String, Object> earlier = elements.putIfAbsent(sdId, params);
        if (earlier != null) {
            params.forEach(this::addParamTo);
        }
        return true;
    }

    private State sdId() {
        int start = cursor.pos;
        int i = start;
        while (i < cursor.end && isNameChar(cursor.text.charAt(i))) {
            i++;
        }
        if (i == start) {
            cursor.pos = i;
            return failState("empty SD-ID");
        }
        sdId = cursor.slice(start, i);
        cursor.pos = i;
        return State.PARAM_SEPARATOR;
    }

    private State paramSeparator() {
        int spaces = cursor.skipSpaces();
        char c = cursor.peek();
        if (c == ']') {
            cursor.pos++;
            return State.DONE;
        }
        if (spaces == 0) {
            return cursor.atEnd() ? failState("unterminated element") : failState("expected ' ' or ']'");
        }
        return cursor.atEnd() ? failState("unterminated element") : State.PARAM_NAME;
    }

    private State paramName() {
        int start = cursor.pos;
        int i = start;
        while (i < cursor.end && isNameChar(cursor.text.charAt(i))) {
            i++;
        }
        cursor.pos = i;
        if (i == start) {
            return failState("empty PARAM-NAME");
        }
        if (cursor.peek() != '=') {
            return cursor.atEnd() ? failState("unterminated element") : failState("expected '='");
        }
        paramName = cursor.slice(start, i);
        cursor.pos++;
        return State.VALUE_QUOTE;
    }

    private State valueQuote() {
        if (cursor.peek() != '"') {
            return failState("expected '\"'");
        }
        valueStart = cursor.pos;
        cursor.pos++;
        buffer.setLength(0);
        return State.VALUE;
    }

    private State value() {
        int i = cursor.pos;
        while (i < cursor.end) {
            char c = cursor.text.charAt(i);
            if (c == '"') {
                add(params, paramName, buffer.toString());
                cursor.pos = i + 1;
                return State.PARAM_SEPARATOR;
            }
            if (c == '\\' && i + 1 < cursor.end && isEscapable(cursor.text.charAt(i + 1))) {
                buffer.append(cursor.text.charAt(i + 1));
                i += 2;
            } else {
                buffer.append(c);
                i++;
            }
        }
        // The opening quote says more about the mistake than the end of the line does.
        cursor.pos = valueStart;
        return failState("unterminated value of '" + paramName + "'");
    }

    /** Merges a parameter of a repeated SD-ID into the element seen first. */
    @SuppressWarnings("unchecked")
    private void addParamTo(String name, Object value) {
        Map<String, Object> target = elements.get(sdId);
        if (value instanceof List) {
            for (Object each : (List<Object>) value) {
                add(target, name, each);
            }
        } else {
            add(target, name, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> target, String name, Object value) {
        Object previous = target.get(name);
        if (previous == null) {
            target.put(name, value);
        } else if (previous instanceof List) {
            ((List<Object>) previous).add(value);
        } else {
            List<Object> values = new ArrayList<>(2);
            values.add(previous);
            values.add(value);
            target.put(name, values);
        }
    }

    private static boolean isEscapable(char c) {
        return c == '"' || c == '\\' || c == ']';
    }

    /** SD-NAME: printable US-ASCII except {@code = SP ] "}. */
    private static boolean isNameChar(char c) {
        return c > ' ' && c < 127 && c != '=' && c != ']' && c != '"';
    }

    private State failState(String reason) {
        fail(reason);
        return null;
    }

    private boolean fail(String reason) {
        error = reason;
        errorPosition = cursor.pos;
        return false;
    }
}
