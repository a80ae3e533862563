package co.elastic.logstash.api;

import org.apache.logging.log4j.Logger;

/** Runtime services Logstash hands to a plugin: logging, metrics, dead letter queue and event creation. */
public interface Context {

    /**
     * The dead letter queue writer; a closed no-op writer when the queue is disabled.
     *
     * @return the writer
     */
    DeadLetterQueueWriter getDlqWriter();

    /**
     * The metric namespace of the plugin.
     *
     * @param plugin the plugin
     * @return its metric namespace
     */
    NamespacedMetric getMetric(Plugin plugin);

    /**
     * The logger of the plugin.
     *
     * @param plugin the plugin
     * @return a log4j logger
     */
    Logger getLogger(Plugin plugin);

    /**
     * The deprecation logger of the plugin.
     *
     * @param plugin the plugin
     * @return the deprecation logger
     */
    DeprecationLogger getDeprecationLogger(Plugin plugin);

    /**
     * The factory for new events.
     *
     * @return the event factory
     */
    EventFactory getEventFactory();
}
