package co.elastic.logstash.api;

import java.util.Map;
import java.util.function.Consumer;

/** A plugin that produces events and pushes them into the pipeline. */
public interface Input extends Plugin {

    /**
     * Runs the input on its own thread until {@link #stop()} is requested, pushing one map per event.
     *
     * @param writer pushes an event into the pipeline queue; may block under back-pressure
     */
    void start(Consumer<Map<String, Object>> writer);

    /** Asks the input to stop; must not block. */
    void stop();

    /**
     * Waits until {@link #start(Consumer)} has returned.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void awaitStop() throws InterruptedException;
}
