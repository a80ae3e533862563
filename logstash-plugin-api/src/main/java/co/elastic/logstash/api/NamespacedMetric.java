package co.elastic.logstash.api;

import java.util.function.Supplier;

/** Counters, gauges and timings under one metric namespace. */
public interface NamespacedMetric extends Metric {

    /**
     * Sets a gauge.
     *
     * @param key   the gauge name
     * @param value the value
     */
    void gauge(String key, Object value);

    /**
     * The counter with this name, created on first use.
     *
     * @param metric the counter name
     * @return the counter
     */
    CounterMetric counter(String metric);

    /**
     * Adds one to a counter.
     *
     * @param key the counter name
     */
    void increment(String key);

    /**
     * Adds an amount to a counter.
     *
     * @param key    the counter name
     * @param amount the amount
     */
    void increment(String key, int amount);

    /**
     * Runs the supplier and records how long it took.
     *
     * @param key       the timer name
     * @param execution the work to time
     * @param <T>       the result type
     * @return the supplier's result
     */
    <T> T time(String key, Supplier<T> execution);

    /**
     * Records a duration measured by the caller.
     *
     * @param key      the timer name
     * @param duration the duration in milliseconds
     */
    void reportTime(String key, long duration);

    /**
     * The path of this namespace.
     *
     * @return the namespace keys
     */
    String[] namespaceName();

    /**
     * The root of the metric tree.
     *
     * @return the root metric
     */
    Metric root();
}
