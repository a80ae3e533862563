package co.elastic.logstash.api;

/** Entry point of the metric tree. */
public interface Metric {

    /**
     * A namespace below this one.
     *
     * @param key the namespace path
     * @return the namespaced metric
     */
    NamespacedMetric namespace(String... key);
}
