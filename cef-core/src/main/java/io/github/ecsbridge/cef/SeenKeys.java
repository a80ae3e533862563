package io.github.ecsbridge.cef;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Keys outside the dictionary that scans have met ({@code ESAMID}, {@code cs10}), kept as one String each so that
 * the next message reuses it: no new substring per key and message, and a hash code that maps compute only once.
 * Cisco ESA and Kaspersky send dozens of such keys per message.
 *
 * <p>The keys come from the input, so the table is fixed in size and never grows: at most {@value #CAPACITY} keys of
 * at most {@value #MAX_LENGTH} characters, each placed within {@value #PROBES} slots of its hash or not at all.
 * Thread-safe without locks: a key two threads insert at once may be kept twice, which costs nothing but a slot.
 */
final class SeenKeys {

    static final int CAPACITY = 4096;
    static final int MAX_LENGTH = 64;
    private static final int PROBES = 8;

    private final AtomicReferenceArray<String> table = new AtomicReferenceArray<>(CAPACITY);

    /**
     * The String for {@code text[start, end)}, whose {@link String#hashCode()} is {@code hash}: one met before, or a
     * new one that is kept when there is room.
     */
    String intern(String text, int start, int end, int hash) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return text.substring(start, end);
        }
        int mask = CAPACITY - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
            String seen = table.get(slot);
            if (seen == null) {
                String key = text.substring(start, end);
                // Hashed before it is shared, so that no reader computes it again.
                key.hashCode();
                return table.compareAndSet(slot, null, key) ? key : intern(text, start, end, hash);
            }
            if (seen.hashCode() == hash && seen.length() == length && text.regionMatches(start, seen, 0, length)) {
                return seen;
            }
        }
        return text.substring(start, end);
    }
}
