package io.github.ecsbridge.cefsyslog;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.EventExecutorGroup;
import org.apache.logging.log4j.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands datagrams to the dispatch threads in batches, spreading them over all threads: one socket carries every UDP
 * sender, and UDP promises no order anyway.
 *
 * <p>UDP has no back-pressure. While more than {@link #MAX_PENDING_BYTES} wait for Logstash's queue, new datagrams are
 * dropped here, counted in {@code udp_dropped} and logged at most once a minute, rather than left to overflow the
 * socket buffer where no one would see the loss.
 */
final class DatagramEventHandler extends ChannelInboundHandlerAdapter {

    static final long MAX_PENDING_BYTES = 16L * 1024 * 1024;
    private static final long DROP_LOG_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final EventExecutorGroup dispatchers;
    private final EventEmitter emitter;
    private final InputMetrics metrics;
    private final Logger logger;
    private final AtomicLong pendingBytes = new AtomicLong();
    private List<ReceivedFrame> batch = new ArrayList<>();
    private long batchBytes;
    private long droppedSinceLog;
    private long lastDropLog;

    DatagramEventHandler(EventExecutorGroup dispatchers, EventEmitter emitter, InputMetrics metrics, Logger logger) {
        this.dispatchers = dispatchers;
        this.emitter = emitter;
        this.metrics = metrics;
        this.logger = logger;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ReceivedFrame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ReceivedFrame frame = (ReceivedFrame) msg;
        if (pendingBytes.get() + batchBytes + frame.size() > MAX_PENDING_BYTES) {
            dropped(frame);
            return;
        }
        batch.add(frame);
        batchBytes += frame.size();
        if (batch.size() >= ConnectionEventHandler.MAX_BATCH_FRAMES) {
            dispatch();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        dispatch();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        dispatch();
        ctx.fireChannelInactive();
    }

    private void dispatch() {
        if (batch.isEmpty()) {
            return;
        }
        List<ReceivedFrame> frames = batch;
        long bytes = batchBytes;
        batch = new ArrayList<>();
        batchBytes = 0;
        pendingBytes.addAndGet(bytes);
        dispatchers.next().execute(() -> {
            try {
                emitter.emit(frames);
            } finally {
                pendingBytes.addAndGet(-bytes);
            }
        });
    }

    private void dropped(ReceivedFrame frame) {
        metrics.udpDropped();
        droppedSinceLog++;
        long now = System.nanoTime();
        if (lastDropLog == 0 || now - lastDropLog >= DROP_LOG_INTERVAL_NANOS) {
            logger.warn("[cefsyslog] the pipeline is not keeping up: dropped {} UDP datagram(s), the last from {}",
                    droppedSinceLog, frame.peer());
            droppedSinceLog = 0;
            lastDropLog = now;
        }
    }
}
