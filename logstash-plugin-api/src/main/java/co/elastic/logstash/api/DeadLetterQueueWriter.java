package co.elastic.logstash.api;

import java.io.IOException;

/** Writes events that could not be processed to the dead letter queue. */
public interface DeadLetterQueueWriter {

    /**
     * Writes one event with the reason it failed.
     *
     * @param event  the failed event
     * @param plugin the plugin reporting it
     * @param reason why it failed
     * @throws IOException if writing fails
     */
    void writeEntry(Event event, Plugin plugin, String reason) throws IOException;

    /**
     * Whether the queue accepts entries.
     *
     * @return {@code true} if open
     */
    boolean isOpen();

    /**
     * The current queue size.
     *
     * @return the size
     */
    long getCurrentQueueSize();
}
