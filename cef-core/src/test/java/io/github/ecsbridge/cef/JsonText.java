package io.github.ecsbridge.cef;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the two JSON shapes the example table uses: string literals and flat objects of strings. */
final class JsonText {

    private final String text;
    private int pos;

    private JsonText(String text) {
        this.text = text;
    }

    /** Decodes one JSON string literal, quotes included. */
    static String string(String literal) {
        JsonText reader = new JsonText(literal.trim());
        String value = reader.readString();
        reader.expectEnd();
        return value;
    }

    /** Decodes {@code {"k": "v", ...}} keeping the order of the keys. */
    static Map<String, String> flatObject(String json) {
        JsonText reader = new JsonText(json.trim());
        Map<String, String> result = new LinkedHashMap<>();
        reader.expect('{');
        reader.spaces();
        if (reader.peek() == '}') {
            reader.pos++;
            reader.expectEnd();
            return result;
        }
        while (true) {
            reader.spaces();
            String key = reader.readString();
            reader.spaces();
            reader.expect(':');
            reader.spaces();
            result.put(key, reader.readString());
            reader.spaces();
            if (reader.peek() == ',') {
                reader.pos++;
                continue;
            }
            reader.expect('}');
            reader.expectEnd();
            return result;
        }
    }

    private String readString() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = next();
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new IllegalArgumentException("bad escape at " + pos + " in " + text);
            }
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private char next() {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("unterminated JSON in " + text);
        }
        return text.charAt(pos++);
    }

    private void spaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + (pos - 1) + " in " + text);
        }
    }

    private void expectEnd() {
        if (pos != text.length()) {
            throw new IllegalArgumentException("trailing text at " + pos + " in " + text);
        }
    }
}
