package io.github.ecsbridge.cefsyslog;

import co.elastic.logstash.api.CounterMetric;
import co.elastic.logstash.api.NamespacedMetric;

import java.util.Set;

/**
 * The input's metrics, under Logstash's namespace for this plugin instance; counters are fetched once, since they are
 * bumped per batch from several threads. A no-op when {@code enable_metric} is false.
 */
final class InputMetrics {

    private final NamespacedMetric metric;
    private final CounterMetric events;
    private final CounterMetric connectionsAccepted;
    private final CounterMetric connectionsRejected;
    private final CounterMetric parseFailures;
    private final CounterMetric oversized;
    private final CounterMetric truncated;
    private final CounterMetric invalidOctetCounts;
    private final CounterMetric invalidUtf8;
    private final CounterMetric udpDropped;
    private final CounterMetric queueFailures;

    private InputMetrics(NamespacedMetric metric) {
        this.metric = metric;
        events = counter(metric, "events");
        connectionsAccepted = counter(metric, "connections_accepted");
        connectionsRejected = counter(metric, "connections_rejected");
        parseFailures = counter(metric, "parse_failures");
        oversized = counter(metric, "oversized_frames");
        truncated = counter(metric, "truncated_frames");
        invalidOctetCounts = counter(metric, "invalid_octet_counts");
        invalidUtf8 = counter(metric, "invalid_utf8_frames");
        udpDropped = counter(metric, "udp_dropped");
        queueFailures = counter(metric, "queue_failures");
    }

    static InputMetrics of(NamespacedMetric metric) {
        return new InputMetrics(metric);
    }

    static InputMetrics disabled() {
        return new InputMetrics(null);
    }

    /** Events handed to Logstash's queue. */
    void eventsQueued(long count) {
        if (count > 0) {
            events.increment(count);
        }
    }

    /** Events Logstash's queue refused (the consumer threw). */
    void queueFailure() {
        queueFailures.increment();
    }

    /** A connection was accepted; {@code open} is the number now open. */
    synchronized void connectionOpened(long open) {
        connectionsAccepted.increment();
        gauge(open);
    }

    /** A connection closed; {@code open} is the number now open. Synchronized so the gauge is never left stale. */
    synchronized void connectionClosed(long open) {
        gauge(open);
    }

    /** A connection was closed at once because {@code max_connections} were open. */
    void connectionRejected() {
        connectionsRejected.increment();
    }

    /** The message was tagged by the CEF or syslog decoder. */
    void parseFailure() {
        parseFailures.increment();
    }

    void frameDefects(Set<FrameDefect> defects) {
        for (FrameDefect defect : defects) {
            switch (defect) {
                case OVERSIZED:
                    oversized.increment();
                    break;
                case TRUNCATED:
                    truncated.increment();
                    break;
                case INVALID_OCTET_COUNT:
                    invalidOctetCounts.increment();
                    break;
                case INVALID_UTF8:
                    invalidUtf8.increment();
                    break;
                default:
                    break;
            }
        }
    }

    /** A datagram was dropped because too many bytes were waiting for the queue. */
    void udpDropped() {
        udpDropped.increment();
    }

    private void gauge(long open) {
        if (metric != null) {
            metric.gauge("connections", open);
        }
    }

    private static CounterMetric counter(NamespacedMetric metric, String name) {
        return metric == null ? NoCounter.INSTANCE : metric.counter(name);
    }

    /** Counts nothing, for {@code enable_metric => false}. */
    private enum NoCounter implements CounterMetric {
        INSTANCE;

        @Override
        public void increment() {
        }

        @Override
        public void increment(long delta) {
        }

        @Override
        public long getValue() {
            return 0;
        }

        @Override
        public void reset() {
        }
    }
}
