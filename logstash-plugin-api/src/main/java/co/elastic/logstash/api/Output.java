package co.elastic.logstash.api;

import java.util.Collection;

/** A plugin that sends events out of the pipeline. */
public interface Output extends Plugin {

    /**
     * Sends a batch of events.
     *
     * @param events the batch
     */
    void output(Collection<Event> events);

    /** Asks the output to stop; must not block. */
    void stop();

    /**
     * Waits until the output has stopped.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void awaitStop() throws InterruptedException;
}
