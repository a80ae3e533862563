package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Metric;
import co.elastic.logstash.api.NamespacedMetric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The root of an in-memory metric tree that records counters, gauges and timings so tests can read them.
 * Every method is safe to call from several pipeline workers at once.
 */
public final class RecordingMetric implements Metric {

    private final ConcurrentMap<List<String>, AtomicLong> counters = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<String>, AtomicLong> timers = new ConcurrentHashMap<>();
    // Gauges may hold null, which ConcurrentHashMap cannot, and are written rarely.
    private final Map<List<String>, Object> gauges = Collections.synchronizedMap(new LinkedHashMap<>());

    @Override
    public NamespacedMetric namespace(String... key) {
        return new RecordingNamespacedMetric(this, List.of(key));
    }

    /**
     * The value of a counter.
     *
     * @param path namespace keys followed by the counter name
     * @return the count, or {@code null} if the counter was never used
     */
    public Long counterValue(String... path) {
        AtomicLong cell = counters.get(List.of(path));
        return cell == null ? null : cell.get();
    }

    /**
     * Whether a gauge was ever set.
     *
     * @param path namespace keys followed by the gauge name
     * @return {@code true} if set, even to {@code null}
     */
    public boolean hasGauge(String... path) {
        return gauges.containsKey(List.of(path));
    }

    /**
     * The last value of a gauge.
     *
     * @param path namespace keys followed by the gauge name
     * @return the value, or {@code null} if never set
     */
    public Object gaugeValue(String... path) {
        return gauges.get(List.of(path));
    }

    /**
     * The total time recorded under a timer.
     *
     * @param path namespace keys followed by the timer name
     * @return the total milliseconds, or {@code null} if nothing was recorded
     */
    public Long timerMillis(String... path) {
        AtomicLong cell = timers.get(List.of(path));
        return cell == null ? null : cell.get();
    }

    /**
     * All counters.
     *
     * @return a snapshot keyed by full path
     */
    public Map<List<String>, Long> counters() {
        Map<List<String>, Long> snapshot = new LinkedHashMap<>();
        counters.forEach((path, cell) -> snapshot.put(path, cell.get()));
        return snapshot;
    }

    /**
     * All gauges.
     *
     * @return a snapshot keyed by full path
     */
    public Map<List<String>, Object> gauges() {
        synchronized (gauges) {
            return new LinkedHashMap<>(gauges);
        }
    }

    AtomicLong counterCell(List<String> path) {
        return counters.computeIfAbsent(List.copyOf(path), ignored -> new AtomicLong());
    }

    void setGauge(List<String> path, Object value) {
        gauges.put(List.copyOf(path), value);
    }

    void addTime(List<String> path, long millis) {
        timers.computeIfAbsent(List.copyOf(path), ignored -> new AtomicLong()).addAndGet(millis);
    }

    static List<String> append(List<String> namespace, String... keys) {
        List<String> path = new ArrayList<>(namespace);
        path.addAll(List.of(keys));
        return path;
    }
}
