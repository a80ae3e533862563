package co.elastic.logstash.api;

/** A monotonically increasing count. */
public interface CounterMetric {

    /** Adds one. */
    void increment();

    /**
     * Adds an amount.
     *
     * @param delta the amount
     */
    void increment(long delta);

    /**
     * The current count.
     *
     * @return the count
     */
    long getValue();

    /** Sets the count back to zero. */
    void reset();
}
