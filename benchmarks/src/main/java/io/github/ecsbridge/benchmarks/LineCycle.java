package io.github.ecsbridge.benchmarks;

import java.util.List;

/**
 * Hands out the lines of a corpus one per call, round and round, so that one benchmark operation is one line and the
 * JIT cannot specialise on a single input. Not thread-safe: one per JMH thread state.
 */
public final class LineCycle<T> {

    private final Object[] items;
    private int next;

    public LineCycle(List<T> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("[items] must not be empty");
        }
        this.items = items.toArray();
    }

    /** The next item, wrapping at the end. */
    @SuppressWarnings("unchecked")
    public T next() {
        Object item = items[next];
        next = next + 1 == items.length ? 0 : next + 1;
        return (T) item;
    }

    public int size() {
        return items.length;
    }
}
