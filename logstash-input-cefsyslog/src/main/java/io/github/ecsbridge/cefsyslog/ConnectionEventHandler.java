package io.github.ecsbridge.cefsyslog;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.EventExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands a connection's frames on in batches, one batch per read, so the event loop never waits for Logstash's queue:
 * each batch is decoded in the {@link DecodePool}, on any core (on the dispatch thread when the pool declines), and
 * pushed by the connection's one dispatch thread, which takes the batches in the order they were read and so keeps
 * the events in order.
 *
 * <p>Back-pressure: while more than {@link #HIGH_WATER_BYTES} of this connection's frames wait for the queue, reads
 * pause ({@code autoRead} off) and TCP's window pushes back on the sender; they resume below
 * {@link #LOW_WATER_BYTES}. So a connection holds at most the high mark plus one batch and one read, and the
 * framer's buffer.
 */
final class ConnectionEventHandler extends ChannelInboundHandlerAdapter {

    static final long HIGH_WATER_BYTES = 256 * 1024;
    static final long LOW_WATER_BYTES = 64 * 1024;
    /** Splits the frames of one large read so a batch's events reach the queue without waiting for the whole read. */
    static final int MAX_BATCH_FRAMES = 256;
    /**
     * Splits by size too. Netty reads up to 16 times before {@code channelReadComplete}; a batch cut only by count or
     * at that point could hold a megabyte of large frames before the high mark is even looked at.
     */
    static final long MAX_BATCH_BYTES = 64 * 1024;

    private final EventExecutor dispatcher;
    private final DecodePool decoders;
    private final EventEmitter emitter;
    private final AtomicLong pendingBytes = new AtomicLong();
    /** Set and cleared on the event loop; read by the dispatch thread to know whether a resume is needed. */
    private volatile boolean paused;
    private List<ReceivedFrame> batch = new ArrayList<>();
    private long batchBytes;

    ConnectionEventHandler(EventExecutor dispatcher, DecodePool decoders, EventEmitter emitter) {
        this.dispatcher = dispatcher;
        this.decoders = decoders;
        this.emitter = emitter;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ReceivedFrame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ReceivedFrame frame = (ReceivedFrame) msg;
        batch.add(frame);
        batchBytes += frame.size();
        if (batch.size() >= MAX_BATCH_FRAMES || batchBytes >= MAX_BATCH_BYTES) {
            dispatch(ctx);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        dispatch(ctx);
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        // The framer's last frames arrive just before this; they must not wait for a read that will never complete.
        dispatch(ctx);
        ctx.fireChannelInactive();
    }

    /** Bytes of this connection's frames not yet in the queue; for tests. */
    long pendingBytes() {
        return pendingBytes.get();
    }

    private void dispatch(ChannelHandlerContext ctx) {
        if (batch.isEmpty()) {
            return;
        }
        List<ReceivedFrame> frames = batch;
        long bytes = batchBytes;
        batch = new ArrayList<>();
        batchBytes = 0;
        long pending = pendingBytes.addAndGet(bytes);
        if (bytes > 0 && pending == bytes) {
            decoders.connectionBusy();
        }
        CompletableFuture<List<Map<String, Object>>> events = decoders.tryBuild(frames);
        dispatcher.execute(() -> {
            try {
                push(frames, events);
            } finally {
                long left = pendingBytes.addAndGet(-bytes);
                if (bytes > 0 && left == 0) {
                    decoders.connectionIdle();
                }
                if (left <= LOW_WATER_BYTES && paused) {
                    scheduleResume(ctx);
                }
            }
        });
        if (pending > HIGH_WATER_BYTES && !paused) {
            paused = true;
            ctx.channel().config().setAutoRead(false);
            // The dispatch thread may have drained everything before it could see the flag: check again.
            if (pendingBytes.get() <= LOW_WATER_BYTES) {
                resume(ctx);
            }
        }
    }

    private void push(List<ReceivedFrame> frames, CompletableFuture<List<Map<String, Object>>> events) {
        if (events == null) {
            emitter.emit(frames);
            return;
        }
        try {
            emitter.push(frames, events.join());
        } finally {
            decoders.release();
        }
    }

    private void scheduleResume(ChannelHandlerContext ctx) {
        try {
            ctx.executor().execute(() -> resume(ctx));
        } catch (RejectedExecutionException e) {
            // The event loop is shutting down and the connection with it: nothing to resume.
        }
    }

    private void resume(ChannelHandlerContext ctx) {
        if (paused && pendingBytes.get() <= LOW_WATER_BYTES) {
            paused = false;
            ctx.channel().config().setAutoRead(true);
        }
    }
}
