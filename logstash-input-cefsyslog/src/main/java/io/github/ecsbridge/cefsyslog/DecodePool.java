package io.github.ecsbridge.cefsyslog;

import io.netty.util.concurrent.DefaultThreadFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Builds the events of frame batches on worker threads, so that the frames of one busy connection are decoded on
 * every core, not only on its dispatch thread. Order is the caller's job: it takes the results in the order it
 * submitted the batches. Decoding never blocks, so a dispatch thread waiting for a result cannot deadlock the pool.
 *
 * <p>An event takes some forty times the memory of its frame, so events built ahead of the queue are bounded: at most
 * {@link #BATCHES_PER_THREAD} batches per thread are being built or wait to be pushed; beyond that the caller builds
 * on its own thread, as without a pool.
 */
final class DecodePool {

    static final int BATCHES_PER_THREAD = 2;

    private final ExecutorService workers;
    private final SyslogEventBuilder builder;
    private final Semaphore slots;

    DecodePool(int threads, SyslogEventBuilder builder) {
        // Daemon threads, as the other groups of the input: a caller that forgets stop() must not keep the JVM alive.
        this.workers = Executors.newFixedThreadPool(threads, new DefaultThreadFactory("cefsyslog-decode", true));
        this.builder = builder;
        this.slots = new Semaphore(threads * BATCHES_PER_THREAD);
    }

    /**
     * Starts building the events of {@code frames}; the future completes with them in frame order. Returns
     * {@code null} when the pool holds as many batches as it may: build them on the calling thread instead. Each
     * batch started must be given back with {@link #release} once its events are pushed.
     */
    CompletableFuture<List<Map<String, Object>>> tryBuild(List<ReceivedFrame> frames) {
        if (!slots.tryAcquire()) {
            return null;
        }
        return CompletableFuture.supplyAsync(() -> builder.buildAll(frames), workers);
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
