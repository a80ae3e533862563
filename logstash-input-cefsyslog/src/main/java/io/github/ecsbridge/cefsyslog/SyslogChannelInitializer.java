package io.github.ecsbridge.cefsyslog;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.EventExecutorGroup;
import org.apache.logging.log4j.Logger;

/**
 * Builds each connection's pipeline, in this order: {@code ssl} (TLS only) → {@code idle} (with
 * {@code idle_timeout}) → {@code framer} → {@code text-decoder} → {@code event-handler} → {@code errors}. The framer,
 * text decoder and event handler keep per-connection state and are created for each connection.
 */
final class SyslogChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final CefsyslogOptions options;
    private final ConnectionTracker tracker;
    private final EventExecutorGroup dispatchers;
    private final DecodePool decoders;
    private final EventEmitter emitter;
    private final ChannelErrorLogger errors;
    private final Logger logger;

    SyslogChannelInitializer(CefsyslogOptions options, ConnectionTracker tracker, EventExecutorGroup dispatchers,
                             DecodePool decoders, EventEmitter emitter, ChannelErrorLogger errors, Logger logger) {
        this.options = options;
        this.tracker = tracker;
        this.dispatchers = dispatchers;
        this.decoders = decoders;
        this.emitter = emitter;
        this.errors = errors;
        this.logger = logger;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        if (!tracker.admit(channel)) {
            return;
        }
        ChannelPipeline pipeline = channel.pipeline();
        TlsOptions tls = options.tls();
        if (tls != null) {
            SslHandler ssl = tls.sslContext().newHandler(channel.alloc());
            ssl.setHandshakeTimeoutMillis(tls.handshakeTimeoutMillis());
            pipeline.addLast("ssl", ssl);
        }
        if (options.idleTimeoutSeconds() > 0) {
            pipeline.addLast("idle", new IdleConnectionCloser(options.idleTimeoutSeconds(), logger));
        }
        pipeline.addLast("framer", options.framing().newFramer(options.maxMessageSize()));
        pipeline.addLast("text-decoder", new FrameTextDecoder());
        pipeline.addLast("event-handler", new ConnectionEventHandler(dispatchers.next(), decoders, emitter));
        pipeline.addLast("errors", errors);
    }
}
