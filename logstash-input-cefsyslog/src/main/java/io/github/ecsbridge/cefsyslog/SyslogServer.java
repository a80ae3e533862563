package io.github.ecsbridge.cefsyslog;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutorGroup;
import org.apache.logging.log4j.Logger;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the listeners of one input on Netty: binds them, moves events from the sockets to Logstash's queue, and shuts
 * down in order. Four thread groups: one boss loop accepts connections; the event loops do I/O, TLS, framing and
 * UTF-8 decoding; the decode pool turns TCP and TLS frames into events; the dispatch threads push each connection's
 * events into the queue in order, which blocks when it is full, and decode UDP datagrams themselves.
 */
final class SyslogServer {

    /** Largest UDP payload is 65,507 bytes (IPv4); one buffer this size reads any datagram whole. */
    static final int DATAGRAM_BUFFER_BYTES = 65_536;
    private static final int ACCEPT_BACKLOG = 1024;
    private static final long EVENT_LOOP_SHUTDOWN_TIMEOUT_SECONDS = 10;

    private final CefsyslogOptions options;
    private final SyslogEventBuilder builder;
    private final InputMetrics metrics;
    private final Logger logger;
    private final CompletableFuture<Map<Transport, InetSocketAddress>> bound = new CompletableFuture<>();
    private final CountDownLatch stopRequest = new CountDownLatch(1);
    /** The bound listeners as logged; only the thread in {@link #run} uses it. */
    private String listening;

    SyslogServer(CefsyslogOptions options, SyslogEventBuilder builder, InputMetrics metrics, Logger logger) {
        this.options = options;
        this.builder = builder;
        this.metrics = metrics;
        this.logger = logger;
    }

    /** Completes with the bound address of each listener once all are bound, or with the bind failure. */
    CompletableFuture<Map<Transport, InetSocketAddress>> boundAddresses() {
        return bound;
    }

    /**
     * Binds the listeners and serves until {@link #stop()}; then returns once every frame already read is in the
     * queue. Throws {@link IllegalStateException} naming protocol, host and port when a listener cannot bind.
     */
    void run(Consumer<Map<String, Object>> queue) {
        int processors = Runtime.getRuntime().availableProcessors();
        EventLoopGroup boss = new NioEventLoopGroup(1, threads("boss"));
        EventLoopGroup eventLoops = new NioEventLoopGroup(processors, threads("io"));
        EventExecutorGroup dispatchers = new DefaultEventExecutorGroup(processors, threads("dispatch"));
        DecodePool decoders = new DecodePool(processors, builder);
        EventEmitter emitter = new EventEmitter(builder, queue, metrics, logger);
        ConnectionTracker tracker = new ConnectionTracker(options.maxConnections(), metrics, logger);
        List<Channel> listeners = new ArrayList<>();
        try {
            Map<Transport, InetSocketAddress> addresses =
                    bind(boss, eventLoops, dispatchers, decoders, emitter, tracker, listeners);
            listening = describe(addresses);
            logger.info("[cefsyslog] listening on {}", listening);
            bound.complete(addresses);
            awaitStopRequest();
        } catch (RuntimeException e) {
            bound.completeExceptionally(e);
            throw e;
        } finally {
            shutdown(listeners, tracker, boss, eventLoops, dispatchers, decoders);
        }
    }

    /** Asks {@link #run} to stop; returns at once. */
    void stop() {
        stopRequest.countDown();
        if (!bound.isDone()) {
            bound.completeExceptionally(new IllegalStateException("[cefsyslog] stopped before listening"));
        }
    }

    private Map<Transport, InetSocketAddress> bind(EventLoopGroup boss, EventLoopGroup eventLoops,
                                                   EventExecutorGroup dispatchers, DecodePool decoders,
                                                   EventEmitter emitter, ConnectionTracker tracker,
                                                   List<Channel> listeners) {
        InetAddress address = resolve(options.host());
        ChannelErrorLogger errors = new ChannelErrorLogger(logger);
        Map<Transport, InetSocketAddress> addresses = new EnumMap<>(Transport.class);
        for (Transport stream : List.of(Transport.TCP, Transport.TLS)) {
            if (options.transports().contains(stream)) {
                ServerBootstrap bootstrap = new ServerBootstrap()
                        .group(boss, eventLoops)
                        .channel(NioServerSocketChannel.class)
                        .option(ChannelOption.SO_BACKLOG, ACCEPT_BACKLOG)
                        .childOption(ChannelOption.SO_KEEPALIVE, true)
                        .childHandler(new SyslogChannelInitializer(options, tracker, dispatchers, decoders, emitter,
                                errors, logger));
                if (options.receiveBufferBytes() > 0) {
                    bootstrap.childOption(ChannelOption.SO_RCVBUF, options.receiveBufferBytes());
                }
                Channel listener = listen(stream, bootstrap.bind(address, options.port()), options.port());
                listeners.add(listener);
                addresses.put(stream, (InetSocketAddress) listener.localAddress());
            }
        }
        if (options.transports().contains(Transport.UDP)) {
            Bootstrap bootstrap = new Bootstrap()
                    .group(eventLoops)
                    .channel(NioDatagramChannel.class)
                    .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(DATAGRAM_BUFFER_BYTES))
                    .handler(new DatagramChannelInitializer(options.maxMessageSize(), dispatchers, emitter, metrics,
                            errors, logger));
            if (options.receiveBufferBytes() > 0) {
                bootstrap.option(ChannelOption.SO_RCVBUF, options.receiveBufferBytes());
            }
            Channel listener = bindDatagram(bootstrap, address, addresses);
            listeners.add(listener);
            addresses.put(Transport.UDP, (InetSocketAddress) listener.localAddress());
        }
        return Collections.unmodifiableMap(addresses);
    }

    /** With port 0, UDP tries the port TCP got first, so a test or a demo has one port to talk to. */
    private Channel bindDatagram(Bootstrap bootstrap, InetAddress address, Map<Transport, InetSocketAddress> bound) {
        if (options.port() == 0 && !bound.isEmpty()) {
            int streamPort = bound.values().iterator().next().getPort();
            ChannelFuture attempt = bootstrap.bind(address, streamPort).awaitUninterruptibly();
            if (attempt.isSuccess()) {
                return attempt.channel();
            }
        }
        return listen(Transport.UDP, bootstrap.bind(address, options.port()), options.port());
    }

    private Channel listen(Transport transport, ChannelFuture binding, int port) {
        binding.awaitUninterruptibly();
        if (!binding.isSuccess()) {
            Throwable cause = binding.cause();
            throw new IllegalStateException("[cefsyslog] cannot listen on " + transport.label() + " "
                    + hostAndPort(options.host(), port) + ": " + cause.getMessage(), cause);
        }
        return binding.channel();
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("[cefsyslog] cannot listen on " + host + ": unknown host", e);
        }
    }

    private void awaitStopRequest() {
        try {
            stopRequest.await();
        } catch (InterruptedException e) {
            // Treated as a stop request; the flag stays set for whoever runs this thread.
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops in the order that loses nothing already read and lets nothing new in: listeners, then connections (their
     * framers flush into a last batch), then the boss loop before the event loops (else an accepted connection would
     * be handed to a stopped loop), then the dispatch threads, which push every batch left into the queue, waiting
     * for the decode pool, which ends last.
     */
    private void shutdown(List<Channel> listeners, ConnectionTracker tracker, EventLoopGroup boss,
                          EventLoopGroup eventLoops, EventExecutorGroup dispatchers, DecodePool decoders) {
        for (Channel listener : listeners) {
            listener.close().awaitUninterruptibly();
        }
        tracker.closeAll().awaitUninterruptibly();
        boss.shutdownGracefully(0, EVENT_LOOP_SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS).awaitUninterruptibly();
        eventLoops.shutdownGracefully(0, EVENT_LOOP_SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .awaitUninterruptibly();
        // Quiet period 0: each dispatch thread runs every queued batch, however long the queue blocks, then ends.
        dispatchers.shutdownGracefully(0, EVENT_LOOP_SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .awaitUninterruptibly();
        decoders.shutdown();
        if (listening != null) {
            logger.info("[cefsyslog] stopped listening on {}", listening);
        }
    }

    private static DefaultThreadFactory threads(String role) {
        // Daemon threads: a caller that forgets stop() must not keep the JVM alive.
        return new DefaultThreadFactory("cefsyslog-" + role, true);
    }

    static String hostAndPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? '[' + host + ']' : host) + ':' + port;
    }

    private static String describe(Map<Transport, InetSocketAddress> addresses) {
        StringJoiner joiner = new StringJoiner(", ");
        addresses.forEach((transport, address) -> joiner.add(transport.label() + " "
                + hostAndPort(address.getAddress().getHostAddress(), address.getPort())));
        return joiner.toString();
    }
}
