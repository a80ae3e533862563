package io.github.ecsbridge.cefsyslog;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Stands in for Logstash's queue: counts the events the input pushes, notes when the last one came, and keeps
 * nothing, so the heap measured is the input's own. Thread-safe: every dispatch thread pushes into it.
 */
final class CountingConsumer implements Consumer<Map<String, Object>> {

    private final AtomicLong count = new AtomicLong();
    private volatile long lastArrivalNanos;

    @Override
    public void accept(Map<String, Object> event) {
        if (event.isEmpty()) {
            throw new IllegalStateException("the input pushed an empty event");
        }
        count.incrementAndGet();
        lastArrivalNanos = System.nanoTime();
    }

    long count() {
        return count.get();
    }

    /** {@link System#nanoTime()} of the latest event, 0 before the first. */
    long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    /**
     * Waits until {@code expected} events arrived, the deadline passed, or none arrived for {@code quietNanos} (a
     * datagram lost is never coming). Polls: a latch per event would cost more than the count.
     */
    void await(long expected, long deadlineNanos, long quietNanos) throws InterruptedException {
        long seen = -1;
        long seenAt = System.nanoTime();
        while (count() < expected) {
            long now = System.nanoTime();
            long current = count();
            if (current != seen) {
                seen = current;
                seenAt = now;
            } else if (now - seenAt >= quietNanos || now >= deadlineNanos) {
                return;
            }
            Thread.sleep(2);
        }
    }
}
