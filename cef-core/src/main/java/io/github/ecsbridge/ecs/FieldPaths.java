package io.github.ecsbridge.ecs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dotted field names split at every dot ({@code "a..b"} has an empty middle part), remembered per name. The parts are
 * the same String objects every time, so the hash code each map lookup needs is computed once per name rather than
 * for new substrings on every call; hashing those was a quarter of the time spent decoding a CEF frame.
 *
 * <p>Names come from mapping tables, but some are built from the input, so the memory is bounded: names longer than
 * {@value #MAX_CACHED_LENGTH} characters are not kept, nor any once {@value #MAX_CACHED_NAMES} are. Thread-safe.
 */
final class FieldPaths {

    static final int MAX_CACHED_NAMES = 4096;
    static final int MAX_CACHED_LENGTH = 128;

    private static final ConcurrentHashMap<String, String[]> SPLIT = new ConcurrentHashMap<>();

    private FieldPaths() {
    }

    /** The parts of {@code dottedName}; the array is shared and must not be changed. */
    static String[] of(String dottedName) {
        String[] parts = SPLIT.get(dottedName);
        if (parts != null) {
            return parts;
        }
        parts = split(dottedName);
        if (dottedName.length() <= MAX_CACHED_LENGTH && SPLIT.size() < MAX_CACHED_NAMES) {
            String[] earlier = SPLIT.putIfAbsent(dottedName, parts);
            return earlier != null ? earlier : parts;
        }
        return parts;
    }

    private static String[] split(String dottedName) {
        int dot = dottedName.indexOf('.');
        if (dot < 0) {
            return new String[] {dottedName};
        }
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        while (dot >= 0) {
            parts.add(dottedName.substring(start, dot));
            start = dot + 1;
            dot = dottedName.indexOf('.', start);
        }
        parts.add(dottedName.substring(start));
        return parts.toArray(new String[0]);
    }
}
