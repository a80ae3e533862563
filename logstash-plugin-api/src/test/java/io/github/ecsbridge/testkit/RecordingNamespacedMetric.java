package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.CounterMetric;
import co.elastic.logstash.api.Metric;
import co.elastic.logstash.api.NamespacedMetric;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** One namespace of a {@link RecordingMetric}; every value it records lands in that root. */
final class RecordingNamespacedMetric implements NamespacedMetric {

    private final RecordingMetric root;
    private final List<String> namespace;

    RecordingNamespacedMetric(RecordingMetric root, List<String> namespace) {
        this.root = root;
        this.namespace = List.copyOf(namespace);
    }

    @Override
    public NamespacedMetric namespace(String... key) {
        return new RecordingNamespacedMetric(root, RecordingMetric.append(namespace, key));
    }

    @Override
    public void gauge(String key, Object value) {
        root.setGauge(RecordingMetric.append(namespace, key), value);
    }

    @Override
    public CounterMetric counter(String metric) {
        return new RecordingCounterMetric(root.counterCell(RecordingMetric.append(namespace, metric)));
    }

    @Override
    public void increment(String key) {
        counter(key).increment();
    }

    @Override
    public void increment(String key, int amount) {
        counter(key).increment(amount);
    }

    @Override
    public <T> T time(String key, Supplier<T> execution) {
        long start = System.nanoTime();
        try {
            return execution.get();
        } finally {
            reportTime(key, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    @Override
    public void reportTime(String key, long duration) {
        root.addTime(RecordingMetric.append(namespace, key), duration);
    }

    @Override
    public String[] namespaceName() {
        return namespace.toArray(new String[0]);
    }

    @Override
    public Metric root() {
        return root;
    }
}
