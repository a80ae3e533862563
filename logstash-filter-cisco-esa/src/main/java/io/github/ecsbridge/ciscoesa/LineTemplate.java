package io.github.ecsbridge.ciscoesa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message shape, written as literal text with captures, matched against a whole message without backtracking.
 *
 * <p>Grammar: literal characters match themselves ({@code {{} writes a literal brace); {@code {name}} or
 * {@code {name:kind}} captures; {@code {?text}} is literal text that may be absent. Capture kinds:
 * <ul>
 *   <li>{@code text} (default) ends at the first place where the literal after it occurs, {@code greedy} at the
 *       last such place; both may be empty and, when last in the template, take the rest of the message. When the
 *       literal is followed by a class capture, a place only counts if that capture matches there too, so
 *       {@code {subject:greedy} {ip:ip}:{port:num}} finds the address instead of the last space.</li>
 *   <li>Class kinds take the longest run of their characters, at least one: {@code word} [A-Za-z0-9_],
 *       {@code num} an optionally signed decimal, {@code ip} an IPv4 or IPv6 address, {@code user}
 *       [A-Za-z0-9._-], {@code token} anything but a space, {@code spaces} one or more spaces.</li>
 * </ul>
 * A literal that ends the template must end the message. Names starting with {@code _} are scratch values for the
 * parser, not fields. Every step moves forward through the message or tries the next occurrence of one literal,
 * and the check of a place reads only the class run that follows it (runs of neighbouring places cannot overlap:
 * {@link #compile} refuses a literal ending in a character of the class after it), so a match costs time linear
 * in the message length.
 */
final class LineTemplate {

    enum Kind {
        TEXT("text"), GREEDY("greedy"), WORD("word"), NUMBER("num"), IP("ip"), USER("user"), TOKEN("token"),
        SPACES("spaces");

        /** The name after the colon in a template ({@code {port:num}}). */
        final String token;

        Kind(String token) {
            this.token = token;
        }
    }

    private record Literal(String text, boolean optional) {
    }

    private record Capture(String name, Kind kind, int slot) {
        boolean isClass() {
            return kind != Kind.TEXT && kind != Kind.GREEDY;
        }
    }

    private final String source;
    private final Object[] parts;
    private final String[] names;
    private final boolean ignoreCase;

    private LineTemplate(String source, Object[] parts, String[] names, boolean ignoreCase) {
        this.source = source;
        this.parts = parts;
        this.names = names;
        this.ignoreCase = ignoreCase;
    }

    /** Compiles a template; literals compare case-insensitively when {@code ignoreCase} is set. */
    static LineTemplate compile(String template, boolean ignoreCase) {
        List<Object> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
                continue;
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '{' at position " + i);
            }
            flush(literal, parts);
            String body = template.substring(i + 1, close);
            if (body.startsWith("?")) {
                parts.add(new Literal(body.substring(1), true));
            } else {
                int colon = body.indexOf(':');
                String name = colon < 0 ? body : body.substring(0, colon);
                Kind kind = colon < 0 ? Kind.TEXT : kind(body.substring(colon + 1), i);
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("capture without a name at position " + i);
                }
                String field = FieldNames.expand(name);
                parts.add(new Capture(field, kind, names.size()));
                names.add(field);
            }
            i = close + 1;
        }
        flush(literal, parts);
        check(parts);
        return new LineTemplate(template, parts.toArray(), names.toArray(new String[0]), ignoreCase);
    }

    /**
     * The parts in order as plain data, for matchers outside Java (the ingest pipeline's painless script): literals as
     * {@code {literal, optional}}, captures as {@code {capture, kind, slot}} with the field name and the kind's
     * template name.
     */
    List<Map<String, Object>> describe() {
        List<Map<String, Object>> described = new ArrayList<>(parts.length);
        for (Object part : parts) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (part instanceof Literal literal) {
                map.put("literal", literal.text());
                map.put("optional", literal.optional());
            } else {
                Capture capture = (Capture) part;
                map.put("capture", capture.name());
                map.put("kind", capture.kind().token);
                map.put("slot", capture.slot());
            }
            described.add(map);
        }
        return described;
    }

    /**
     * Whether the whole message has this shape. On a match, {@code bounds} (at least two ints per slot) holds the
     * start and end of each capture: a match passes every capture, so every slot is set and nothing needs clearing
     * between tries. Nothing is allocated, so a table can try shape after shape and cut only the winner's values.
     */
    boolean matches(String text, int[] bounds) {
        int pos = 0;
        for (int p = 0; p < parts.length; p++) {
            Object part = parts[p];
            if (part instanceof Literal literal) {
                if (p == parts.length - 1) {
                    if (literal.optional() && pos == text.length()) {
                        return true;
                    }
                    int at = text.length() - literal.text().length();
                    return at == pos && matchesAt(text, literal.text(), at);
                }
                if (matchesAt(text, literal.text(), pos)) {
                    pos += literal.text().length();
                } else if (!literal.optional()) {
                    return false;
                }
                continue;
            }
            Capture capture = (Capture) part;
            int end = capture.isClass() ? classEnd(text, pos, capture.kind()) : textEnd(text, pos, p);
            if (end < 0 || (capture.isClass() && end == pos)) {
                return false;
            }
            bounds[capture.slot() * 2] = pos;
            bounds[capture.slot() * 2 + 1] = end;
            pos = end;
        }
        return pos == text.length();
    }

    /** The capture values by slot of a match {@link #matches} reported in {@code bounds}. */
    String[] values(String text, int[] bounds) {
        String[] values = new String[names.length];
        for (int slot = 0; slot < values.length; slot++) {
            values[slot] = text.substring(bounds[slot * 2], bounds[slot * 2 + 1]);
        }
        return values;
    }

    /** The capture names by slot. */
    String[] names() {
        return names;
    }

    @Override
    public String toString() {
        return source;
    }

    private int textEnd(String text, int pos, int p) {
        if (p == parts.length - 1) {
            return text.length();
        }
        Capture capture = (Capture) parts[p];
        String literal = ((Literal) parts[p + 1]).text();
        if (p + 1 == parts.length - 1) {
            int at = text.length() - literal.length();
            return at >= pos ? at : -1;
        }
        if (capture.kind() == Kind.GREEDY) {
            for (int at = lastIndexOf(text, literal, text.length() - literal.length()); at >= pos;
                 at = lastIndexOf(text, literal, at - 1)) {
                if (followedAt(text, at + literal.length(), p + 2)) {
                    return at;
                }
            }
            return -1;
        }
        for (int at = indexOf(text, literal, pos); at >= 0; at = indexOf(text, literal, at + 1)) {
            if (followedAt(text, at + literal.length(), p + 2)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the class capture at part {@code p} (if any) and the literal after it match at {@code pos}. */
    private boolean followedAt(String text, int pos, int p) {
        if (p >= parts.length || !(parts[p] instanceof Capture capture) || !capture.isClass()) {
            return true;
        }
        int end = classEnd(text, pos, capture.kind());
        if (end <= pos) {
            return false;
        }
        if (p + 1 < parts.length && parts[p + 1] instanceof Literal literal && !literal.optional()) {
            return p + 1 == parts.length - 1
                    ? end == text.length() - literal.text().length() && matchesAt(text, literal.text(), end)
                    : matchesAt(text, literal.text(), end);
        }
        return true;
    }

    private static int classEnd(String text, int pos, Kind kind) {
        int i = pos;
        int n = text.length();
        switch (kind) {
            case WORD -> {
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
            }
            case USER -> {
                while (i < n && (isWordChar(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '-')) {
                    i++;
                }
            }
            case TOKEN -> {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            }
            case SPACES -> {
                while (i < n && text.charAt(i) == ' ') {
                    i++;
                }
            }
            case NUMBER -> i = numberEnd(text, pos);
            case IP -> {
                int v4 = IpAddress.ipv4Length(text, pos);
                i = pos + (v4 > 0 ? v4 : IpAddress.ipv6Length(text, pos));
            }
            default -> throw new IllegalStateException("not a class kind: " + kind);
        }
        return i;
    }

    private static int numberEnd(String text, int pos) {
        int i = pos;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return pos;
        }
        if (i + 1 < n && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private boolean matchesAt(String text, String literal, int at) {
        return text.regionMatches(ignoreCase, at, literal, 0, literal.length());
    }

    private int indexOf(String text, String literal, int from) {
        if (!ignoreCase) {
            return text.indexOf(literal, from);
        }
        for (int at = Math.max(from, 0); at <= text.length() - literal.length(); at++) {
            if (matchesAt(text, literal, at)) {
                return at;
            }
        }
        return -1;
    }

    private int lastIndexOf(String text, String literal, int from) {
        if (!ignoreCase) {
            return from < 0 ? -1 : text.lastIndexOf(literal, from);
        }
        for (int at = Math.min(from, text.length() - literal.length()); at >= 0; at--) {
            if (matchesAt(text, literal, at)) {
                return at;
            }
        }
        return -1;
    }

    private static Kind kind(String name, int position) {
        for (Kind kind : Kind.values()) {
            if (kind.token.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown capture kind '" + name + "' at position " + position);
    }

    private static void flush(StringBuilder literal, List<Object> parts) {
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString(), false));
            literal.setLength(0);
        }
    }

    private static void check(List<Object> parts) {
        for (int p = 0; p < parts.size(); p++) {
            if (!(parts.get(p) instanceof Capture capture) || capture.isClass() || p + 1 == parts.size()) {
                continue;
            }
            if (!(parts.get(p + 1) instanceof Literal literal && !literal.optional())) {
                throw new IllegalArgumentException("capture '" + capture.name()
                        + "' must be followed by literal text or end the template");
            }
            // Runs checked from neighbouring places must not overlap, or a match could cost quadratic time.
            String text = literal.text();
            if (p + 2 < parts.size() && parts.get(p + 2) instanceof Capture next && next.isClass()
                    && inClass(text.charAt(text.length() - 1), next.kind())) {
                throw new IllegalArgumentException("the text before capture '" + next.name()
                        + "' must not end in a character that capture takes");
            }
        }
    }

    private static boolean inClass(char c, Kind kind) {
        return switch (kind) {
            case WORD -> isWordChar(c);
            case USER -> isWordChar(c) || c == '.' || c == '-';
            case TOKEN -> !Character.isWhitespace(c);
            case SPACES -> c == ' ';
            case NUMBER -> Character.isDigit(c) || c == '+' || c == '-' || c == '.';
            case IP -> Character.digit(c, 16) >= 0 || c == ':' || c == '.';
            default -> false;
        };
    }
}
