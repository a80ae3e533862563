package io.github.ecsbridge.kaspersky;

import java.util.Map;

/**
 * A read-only map whose keys match as {@link String#CASE_INSENSITIVE_ORDER} matches them, looked up by a hash of the
 * case-folded key rather than by comparisons down a tree: the tables are asked about every key of every event, most
 * of which they do not map.
 *
 * @param <V> the value type
 */
final class CaseBlindMap<V> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;

    /** The entries of {@code entries}, whose keys must differ by more than case (as a case-insensitive map's do). */
    CaseBlindMap(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2) - 1) << 1;
        this.keys = new String[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        entries.forEach((key, value) -> {
            int slot = foldedHash(key) & mask;
            while (keys[slot] != null) {
                if (keys[slot].equalsIgnoreCase(key)) {
                    throw new IllegalArgumentException("keys '" + keys[slot] + "' and '" + key
                            + "' differ in case only");
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        });
    }

    /** The value of the key that equals {@code key} ignoring case, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        for (int slot = foldedHash(key) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot].equalsIgnoreCase(key)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /**
     * A hash equal for keys that {@link String#equalsIgnoreCase} deems equal: it compares code points upper-cased,
     * then lower-cased, so the hash folds each code point the same way.
     */
    private static int foldedHash(String key) {
        int hash = 0;
        for (int i = 0; i < key.length(); ) {
            char c = key.charAt(i);
            if (c < 0x80) {
                // ASCII, the keys of nearly every event: folding is lower-casing A to Z.
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                i++;
            } else {
                int codePoint = key.codePointAt(i);
                hash = 31 * hash + Character.toLowerCase(Character.toUpperCase(codePoint));
                i += Character.charCount(codePoint);
            }
        }
        return hash ^ (hash >>> 16);
    }
}
