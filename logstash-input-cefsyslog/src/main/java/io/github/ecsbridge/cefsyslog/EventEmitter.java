package io.github.ecsbridge.cefsyslog;

import org.apache.logging.log4j.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Pushes the events of a batch of frames into Logstash's queue, building them first unless a {@link DecodePool} has.
 * Runs on a dispatch thread, never on an event loop, because the push blocks while the queue is full.
 */
final class EventEmitter {

    private static final long REFUSAL_LOG_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final SyslogEventBuilder builder;
    private final Consumer<Map<String, Object>> queue;
    private final InputMetrics metrics;
    private final Logger logger;
    private final AtomicLong refusedSinceLog = new AtomicLong();
    private final AtomicLong lastRefusalLog = new AtomicLong();

    EventEmitter(SyslogEventBuilder builder, Consumer<Map<String, Object>> queue, InputMetrics metrics,
                 Logger logger) {
        this.builder = builder;
        this.queue = queue;
        this.metrics = metrics;
        this.logger = logger;
    }

    /** Builds the events of {@code frames} on this thread and pushes them. */
    void emit(List<ReceivedFrame> frames) {
        push(frames, builder.buildAll(frames));
    }

    /** Pushes the events built from {@code frames}, one per frame and in the same order. */
    void push(List<ReceivedFrame> frames, List<Map<String, Object>> events) {
        long queued = 0;
        for (int i = 0; i < frames.size(); i++) {
            ReceivedFrame frame = frames.get(i);
            Map<String, Object> event = events.get(i);
            try {
                queue.accept(event);
                queued++;
            } catch (RuntimeException e) {
                // The queue refusing an event (a persisted queue failing, say) must not stop the others.
                metrics.queueFailure();
                logRefusal(frame, e);
            }
        }
        metrics.eventsQueued(queued);
    }

    /** Logs the first refusal, then at most one a minute with the count: a failing queue refuses every event. */
    private void logRefusal(ReceivedFrame frame, RuntimeException e) {
        long refused = refusedSinceLog.incrementAndGet();
        long now = System.nanoTime();
        long last = lastRefusalLog.get();
        if ((last == 0 || now - last >= REFUSAL_LOG_INTERVAL_NANOS) && lastRefusalLog.compareAndSet(last, now)) {
            refusedSinceLog.addAndGet(-refused);
            logger.error("[cefsyslog] the pipeline queue refused {} event(s), the last from {}; they are lost",
                    refused, frame.peer(), e);
        }
    }
}
