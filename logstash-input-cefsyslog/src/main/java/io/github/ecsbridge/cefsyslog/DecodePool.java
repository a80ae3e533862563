package io.github.ecsbridge.cefsyslog;

import io.netty.util.concurrent.DefaultThreadFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the events of frame batches on worker threads, so that the frames of one busy connection are decoded on
 * every core, not only on its dispatch thread. Order is the caller's job: it takes the results in the order it
 * submitted the batches. Decoding never blocks, so a dispatch thread waiting for a result cannot deadlock the pool.
 *
 * <p>The pool only helps while fewer connections are busy than it has threads: with more, their dispatch threads
 * already keep every core decoding, and handing batches over would only make events wait longer. So it takes no
 * batch then, and the caller builds on its own thread, as without a pool.
 *
 * <p>An event takes some forty times the memory of its frame, so events built ahead of the queue are bounded too: at
 * most {@link #BATCHES_PER_THREAD} batches per thread are being built or wait to be pushed.
 */
final class DecodePool {

    static final int BATCHES_PER_THREAD = 2;

    private final ExecutorService workers;
    private final SyslogEventBuilder builder;
    private final Semaphore slots;
    private final int threads;
    private final AtomicInteger busyConnections = new AtomicInteger();

    DecodePool(int threads, SyslogEventBuilder builder) {
        // Daemon threads, as the other groups of the input: a caller that forgets stop() must not keep the JVM alive.
        this.workers = Executors.newFixedThreadPool(threads, new DefaultThreadFactory("cefsyslog-decode", true));
        this.builder = builder;
        this.slots = new Semaphore(threads * BATCHES_PER_THREAD);
        this.threads = threads;
    }

    /**
     * Starts building the events of {@code frames}; the future completes with them in frame order. Returns
     * {@code null} when more connections are busy than the pool has threads, or when it holds as many batches as it
     * may: build them on the calling thread instead. Each batch started must be given back with {@link #release}
     * once its events are pushed.
     */
    CompletableFuture<List<Map<String, Object>>> tryBuild(List<ReceivedFrame> frames) {
        if (busyConnections.get() > threads || !slots.tryAcquire()) {
            return null;
        }
        return CompletableFuture.supplyAsync(() -> builder.buildAll(frames), workers);
    }

    /** A connection now has frames waiting for the queue. */
    void connectionBusy() {
        busyConnections.incrementAndGet();
    }

    /** A connection that was {@link #connectionBusy busy} has none left waiting. */
    void connectionIdle() {
        busyConnections.decrementAndGet();
    }

    /** Connections with frames waiting for the queue; for tests. */
    int busyConnections() {
        return busyConnections.get();
    }

    /** Frees the slot of a batch whose events are pushed. */
    void release() {
        slots.release();
    }

    /** Lets the batches already submitted finish, then ends the threads; call once nothing can submit any more. */
    void shutdown() {
        workers.shutdown();
    }
}
