package io.github.ecsbridge.kaspersky;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values worked out once per key and remembered, at most {@code capacity} of them: the keys come from the network, so
 * once full the memory starts over rather than grow. Thread-safe; two threads may work out the same value at once.
 */
final class BoundedMemory<K, V> {

    private final int capacity;
    private final Map<K, V> entries = new ConcurrentHashMap<>();

    BoundedMemory(int capacity) {
        this.capacity = capacity;
    }

    /** The value remembered for {@code key}, or {@code null}. */
    V get(K key) {
        return entries.get(key);
    }

    /** Remembers a value, forgetting all others first when the memory is full. */
    void remember(K key, V value) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, value);
    }

    /** The number of values remembered. */
    int size() {
        return entries.size();
    }
}
