package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.CounterMetric;

import java.util.concurrent.atomic.AtomicLong;

/** A counter backed by a cell of a {@link RecordingMetric}, refusing negative increments as Logstash does. */
final class RecordingCounterMetric implements CounterMetric {

    private final AtomicLong cell;

    RecordingCounterMetric(AtomicLong cell) {
        this.cell = cell;
    }

    @Override
    public void increment() {
        cell.incrementAndGet();
    }

    @Override
    public void increment(long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("Counters can not be incremented by negative values");
        }
        cell.addAndGet(delta);
    }

    @Override
    public long getValue() {
        return cell.get();
    }

    @Override
    public void reset() {
        cell.set(0);
    }
}
