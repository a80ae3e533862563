package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.DeadLetterQueueWriter;
import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.Plugin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A dead letter queue that keeps entries in memory. A closed one behaves like Logstash's writer when the
 * queue is disabled (the default): it reports {@code isOpen() == false} and ignores writes.
 */
public final class RecordingDeadLetterQueueWriter implements DeadLetterQueueWriter {

    private final boolean open;
    private final List<DeadLetterEntry> entries = new CopyOnWriteArrayList<>();

    private RecordingDeadLetterQueueWriter(boolean open) {
        this.open = open;
    }

    /**
     * A queue that records what is written.
     *
     * @return an open writer
     */
    public static RecordingDeadLetterQueueWriter open() {
        return new RecordingDeadLetterQueueWriter(true);
    }

    /**
     * A disabled queue.
     *
     * @return a closed writer that ignores writes
     */
    public static RecordingDeadLetterQueueWriter closed() {
        return new RecordingDeadLetterQueueWriter(false);
    }

    @Override
    public void writeEntry(Event event, Plugin plugin, String reason) {
        if (open) {
            entries.add(new DeadLetterEntry(event.clone(), plugin.getName(), plugin.getId(), reason));
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** The number of entries written; Logstash reports bytes, which have no meaning here. */
    @Override
    public long getCurrentQueueSize() {
        return entries.size();
    }

    /**
     * The entries written so far.
     *
     * @return the entries in order
     */
    public List<DeadLetterEntry> entries() {
        return List.copyOf(entries);
    }
}
