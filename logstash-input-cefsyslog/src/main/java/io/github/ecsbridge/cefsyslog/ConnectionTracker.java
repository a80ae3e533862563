package io.github.ecsbridge.cefsyslog;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.ChannelGroupFuture;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.apache.logging.log4j.Logger;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the open connections: enforces {@code max_connections}, feeds the {@code connections} gauge, and closes them
 * all at shutdown.
 */
final class ConnectionTracker {

    private static final long REJECT_LOG_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int maxConnections;
    private final InputMetrics metrics;
    private final Logger logger;
    private final ChannelGroup channels = new DefaultChannelGroup("cefsyslog-connections", GlobalEventExecutor.INSTANCE);
    private final AtomicLong open = new AtomicLong();
    private final AtomicLong lastRejectLog = new AtomicLong();
    private volatile boolean closing;

    ConnectionTracker(int maxConnections, InputMetrics metrics, Logger logger) {
        this.maxConnections = maxConnections;
        this.metrics = metrics;
        this.logger = logger;
    }

    /** Registers a new connection; returns false, having closed it, when the limit is reached or the input stops. */
    boolean admit(Channel channel) {
        if (closing) {
            channel.close();
            return false;
        }
        long count = open.incrementAndGet();
        if (count > maxConnections) {
            open.decrementAndGet();
            metrics.connectionRejected();
            logRejection(channel);
            channel.close();
            return false;
        }
        metrics.connectionOpened(count);
        channel.closeFuture().addListener(future -> metrics.connectionClosed(open.decrementAndGet()));
        channels.add(channel);
        return true;
    }

    /** Closes every connection; their framers flush what they hold as they close. */
    ChannelGroupFuture closeAll() {
        closing = true;
        return channels.close();
    }

    /** Connections open now. */
    long openConnections() {
        return open.get();
    }

    private void logRejection(Channel channel) {
        long now = System.nanoTime();
        long last = lastRejectLog.get();
        if ((last == 0 || now - last >= REJECT_LOG_INTERVAL_NANOS) && lastRejectLog.compareAndSet(last, now)) {
            logger.warn("[cefsyslog] refused a connection from {}: max_connections ({}) are open",
                    PeerAddress.of(channel.remoteAddress()), maxConnections);
        }
    }
}
