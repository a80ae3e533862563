package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.testkit.RecordingMetric;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.EventExecutorGroup;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DatagramEventHandlerTest {

    private static final Logger LOGGER = LogManager.getLogger(DatagramEventHandlerTest.class);

    private final EventExecutorGroup dispatchers = new DefaultEventExecutorGroup(2);

    @AfterEach
    void stopDispatchers() {
        dispatchers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void datagramsBeyondThePendingLimitAreDroppedAndCounted() throws Exception {
        RecordingMetric metric = new RecordingMetric();
        InputMetrics metrics = InputMetrics.of(metric.namespace("udp-test"));
        CountDownLatch queueFull = new CountDownLatch(1);
        AtomicLong queued = new AtomicLong();
        SyslogEventBuilder builder = new SyslogEventBuilder(new MessageDecoder(DecoderOptions.defaults()),
                EcsCompatibility.V8, 65536, metrics);
        EventEmitter emitter = new EventEmitter(builder, event -> {
            try {
                queueFull.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            queued.incrementAndGet();
        }, metrics, LOGGER);
        EmbeddedChannel channel = new EmbeddedChannel(new DatagramEventHandler(dispatchers, emitter, metrics, LOGGER));

        int size = 64 * 1024;
        int accepted = (int) (DatagramEventHandler.MAX_PENDING_BYTES / size);
        for (int i = 0; i < accepted + 10; i++) {
            channel.pipeline().fireChannelRead(new ReceivedFrame("<13>x", size, Set.of(), size, PeerAddress.UNKNOWN));
            channel.pipeline().fireChannelReadComplete();
        }
        assertEquals(10L, metric.counterValue("udp-test", "udp_dropped"));

        queueFull.countDown();
        for (EventExecutor dispatcher : dispatchers) {
            dispatcher.submit(() -> { }).get(10, TimeUnit.SECONDS);
        }
        assertEquals(accepted, queued.get());
        assertEquals(List.of(), List.of(channel.inboundMessages().toArray()));
        assertFalse(channel.finish());
    }
}
