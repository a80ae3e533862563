package io.github.ecsbridge.cefsyslog;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.DatagramChannel;
import io.netty.util.concurrent.EventExecutorGroup;
import org.apache.logging.log4j.Logger;

/** Builds the UDP socket's pipeline: {@code framer} → {@code text-decoder} → {@code event-handler} → {@code errors}. */
final class DatagramChannelInitializer extends ChannelInitializer<DatagramChannel> {

    private final int maxMessageSize;
    private final EventExecutorGroup dispatchers;
    private final EventEmitter emitter;
    private final InputMetrics metrics;
    private final ChannelErrorLogger errors;
    private final Logger logger;

    DatagramChannelInitializer(int maxMessageSize, EventExecutorGroup dispatchers, EventEmitter emitter,
                               InputMetrics metrics, ChannelErrorLogger errors, Logger logger) {
        this.maxMessageSize = maxMessageSize;
        this.dispatchers = dispatchers;
        this.emitter = emitter;
        this.metrics = metrics;
        this.errors = errors;
        this.logger = logger;
    }

    @Override
    protected void initChannel(DatagramChannel channel) {
        channel.pipeline()
                .addLast("framer", new DatagramFrameDecoder(maxMessageSize))
                .addLast("text-decoder", new FrameTextDecoder())
                .addLast("event-handler", new DatagramEventHandler(dispatchers, emitter, metrics, logger))
                .addLast("errors", errors);
    }
}
