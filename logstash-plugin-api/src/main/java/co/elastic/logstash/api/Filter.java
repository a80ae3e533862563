package co.elastic.logstash.api;

import java.util.Collection;
import java.util.Collections;

/** A plugin that transforms batches of events; one instance is shared by all pipeline workers. */
public interface Filter extends Plugin {

    /**
     * Processes a batch and returns the events to pass on.
     *
     * @param events        the batch
     * @param matchListener applies the common add/remove field and tag options to matching events
     * @return the events to pass on; events left out are dropped
     */
    Collection<Event> filter(Collection<Event> events, FilterMatchListener matchListener);

    /** Releases resources; Logstash 8.6 and later call it when the pipeline closes, earlier versions never do. */
    default void close() {
    }

    /**
     * Emits buffered events.
     *
     * @param matchListener applies the common options to matching events
     * @return buffered events
     */
    default Collection<Event> flush(FilterMatchListener matchListener) {
        return Collections.emptyList();
    }

    /**
     * Whether {@link #flush(FilterMatchListener)} must be called at shutdown.
     *
     * @return {@code true} if the filter buffers events
     */
    default boolean requiresFlush() {
        return false;
    }

    /**
     * Whether {@link #flush(FilterMatchListener)} must also be called periodically.
     *
     * @return {@code true} for periodic flushes
     */
    default boolean requiresPeriodicFlush() {
        return false;
    }
}
