package io.github.ecsbridge.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed Logstash field reference, following the strict syntax of Logstash 7 and later.
 *
 * <p>A reference without brackets ({@code message}) names a top-level field as written. Otherwise every part
 * must be bracketed: {@code [a][b]}; a bracketed reference may itself be bracketed ({@code [[a][b]][c]} is
 * {@code [a][b][c]}). Unbracketed text next to brackets ({@code a[b]}, {@code [a]b}), empty brackets and
 * unbalanced brackets are rejected. A first part {@code @metadata} addresses the separate metadata map;
 * {@code @metadata} alone addresses that whole map.
 *
 * <p>Parsed references are cached by their text, as {@code org.logstash.FieldReference} caches them: plugins name
 * the same few fields on every event, and a test double that parsed them on every call would cost what Logstash
 * does not.
 */
public final class FieldReference {

    /** Thrown for a reference with invalid syntax; the message is Logstash's own. */
    public static final class IllegalSyntaxException extends RuntimeException {

        IllegalSyntaxException(String reference) {
            super(String.format("Invalid FieldReference: `%s`", reference));
        }
    }

    /** Which map of the event a reference addresses. */
    public enum Scope {
        /** A field of the event data. */
        DATA,
        /** A field inside {@code @metadata}. */
        METADATA_CHILD,
        /** The whole {@code @metadata} map. */
        METADATA_PARENT
    }

    private static final String METADATA = "@metadata";
    /** Logstash's bound: past it, references are parsed on every call rather than kept forever. */
    private static final int CACHE_MAXIMUM_SIZE = 10_000;
    private static final Map<String, FieldReference> CACHE = new ConcurrentHashMap<>(64);

    private final Scope scope;
    private final List<String> path;
    private final String key;

    private FieldReference(Scope scope, List<String> path, String key) {
        this.scope = scope;
        this.path = List.copyOf(path);
        this.key = key;
    }

    /**
     * Parses a field reference, or returns the one parsed from the same text before. Invalid references are not
     * cached, so each use throws anew.
     *
     * @param reference the reference text
     * @return the parsed reference
     * @throws IllegalSyntaxException if the syntax is invalid
     */
    public static FieldReference parse(String reference) {
        FieldReference cached = CACHE.get(reference);
        if (cached != null) {
            return cached;
        }
        FieldReference parsed = parseUncached(reference);
        // Racing threads may both parse and put the same reference; the results are equal, so that is harmless.
        if (CACHE.size() < CACHE_MAXIMUM_SIZE) {
            CACHE.put(reference, parsed);
        }
        return parsed;
    }

    private static FieldReference parseUncached(String reference) {
        List<String> parts = tokenize(reference);
        String key = parts.remove(parts.size() - 1);
        if (parts.isEmpty() && key.equals(METADATA)) {
            return new FieldReference(Scope.METADATA_PARENT, List.of(), key);
        }
        if (!parts.isEmpty() && parts.get(0).equals(METADATA)) {
            return new FieldReference(Scope.METADATA_CHILD, parts.subList(1, parts.size()), key);
        }
        return new FieldReference(Scope.DATA, parts, key);
    }

    /**
     * The map this reference addresses.
     *
     * @return the scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * The parts before the last one (without {@code @metadata}).
     *
     * @return the parent path
     */
    public List<String> path() {
        return path;
    }

    /**
     * The last part.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The reference in bracketed form, for messages.
     *
     * @return for example {@code [tags][0]}
     */
    public String canonical() {
        StringBuilder text = new StringBuilder();
        if (scope == Scope.METADATA_CHILD) {
            text.append('[').append(METADATA).append(']');
        }
        for (String part : path) {
            text.append('[').append(part).append(']');
        }
        return text.append('[').append(key).append(']').toString();
    }

    private static List<String> tokenize(String reference) {
        List<String> parts = new ArrayList<>();
        boolean seenBracket = false;
        int depth = 0;
        int partStart = 0;
        char previous = 0;
        for (int i = 0; i < reference.length(); i++) {
            char current = reference.charAt(i);
            if (current == '[') {
                seenBracket = true;
                // An opening bracket may only start the reference or follow another bracket.
                if (partStart != i) {
                    throw new IllegalSyntaxException(reference);
                }
                depth++;
                partStart = i + 1;
            } else if (current == ']') {
                seenBracket = true;
                boolean closesNested = previous == ']';
                if (depth == 0 || (partStart == i && !closesNested)) {
                    throw new IllegalSyntaxException(reference);
                }
                if (partStart < i) {
                    parts.add(reference.substring(partStart, i));
                }
                depth--;
                partStart = i + 1;
            } else if (seenBracket && previous == ']') {
                throw new IllegalSyntaxException(reference);
            }
            previous = current;
        }
        if (!seenBracket) {
            parts.add(reference);
            return parts;
        }
        if (depth > 0) {
            throw new IllegalSyntaxException(reference);
        }
        return parts;
    }
}
