package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.DefaultEventExecutor;
import io.netty.util.concurrent.EventExecutor;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionEventHandlerTest {

    private static final SyslogEventBuilder BUILDER = new SyslogEventBuilder(
            new MessageDecoder(DecoderOptions.defaults()), EcsCompatibility.V8, 65536, InputMetrics.disabled());

    private final EventExecutor dispatcher = new DefaultEventExecutor();
    private final DecodePool decoders = new DecodePool(4, BUILDER);

    @AfterEach
    void stopThreads() {
        dispatcher.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        decoders.shutdown();
    }

    private ConnectionEventHandler handler(Consumer<Map<String, Object>> queue) {
        EventEmitter emitter = new EventEmitter(BUILDER, queue, InputMetrics.disabled(),
                LogManager.getLogger(ConnectionEventHandlerTest.class));
        return new ConnectionEventHandler(dispatcher, decoders, emitter);
    }

    private static ReceivedFrame frame(int size) {
        return new ReceivedFrame("<13>x", size, Set.of(), size, PeerAddress.UNKNOWN);
    }

    /** Runs after every batch queued before it, since the dispatcher is one thread. */
    private void awaitDispatcherIdle() throws Exception {
        dispatcher.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void blockedQueuePausesReadsAndDrainedQueueResumesThem() throws Exception {
        CountDownLatch queueFull = new CountDownLatch(1);
        List<Map<String, Object>> queued = Collections.synchronizedList(new ArrayList<>());
        ConnectionEventHandler handler = handler(event -> {
            try {
                queueFull.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            queued.add(event);
        });
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        int frameSize = 64 * 1024;
        int frames = (int) (ConnectionEventHandler.HIGH_WATER_BYTES / frameSize) + 1;
        for (int i = 0; i < frames; i++) {
            channel.pipeline().fireChannelRead(frame(frameSize));
            channel.pipeline().fireChannelReadComplete();
        }
        assertFalse(channel.config().isAutoRead(), "reads go on while the queue is blocked");
        assertTrue(handler.pendingBytes() <= ConnectionEventHandler.HIGH_WATER_BYTES + frameSize);

        queueFull.countDown();
        awaitDispatcherIdle();
        channel.runPendingTasks();
        assertTrue(channel.config().isAutoRead(), "reads stay paused after the queue drained");
        assertEquals(frames, queued.size());
        assertEquals(0, handler.pendingBytes());
        assertFalse(channel.finish());
    }

    @Test
    void longReadLoopPausesReadsOnceTheHighMarkIsPassedNotAtItsEnd() throws Exception {
        CountDownLatch queueFull = new CountDownLatch(1);
        ConnectionEventHandler handler = handler(event -> {
            try {
                queueFull.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        // Netty reads up to 16 times (64 KiB each) before channelReadComplete; frames of 16 KiB do not fill a batch.
        int frameSize = 16 * 1024;
        long read = 0;
        while (channel.config().isAutoRead() && read < 16 * 64 * 1024) {
            channel.pipeline().fireChannelRead(frame(frameSize));
            read += frameSize;
        }
        assertFalse(channel.config().isAutoRead(), "a whole read loop went by without pausing");
        assertTrue(read <= ConnectionEventHandler.HIGH_WATER_BYTES + ConnectionEventHandler.MAX_BATCH_BYTES
                + frameSize, "paused after " + read + " bytes");
        queueFull.countDown();
        channel.pipeline().fireChannelReadComplete();
        awaitDispatcherIdle();
        channel.runPendingTasks();
        assertTrue(channel.config().isAutoRead());
        assertFalse(channel.finish());
    }

    @Test
    void batchesDecodedInParallelGoOutInTheOrderTheyWereRead() throws Exception {
        List<Object> queued = Collections.synchronizedList(new ArrayList<>());
        ConnectionEventHandler handler = handler(event -> queued.add(event.get("message").toString().split(" ")[0]));
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        // The first batch takes longest to decode, so pushing batches as they finish would put it last.
        String padding = " " + "x".repeat(200);
        for (int i = 0; i < 1000; i++) {
            String text = "m" + i + (i < ConnectionEventHandler.MAX_BATCH_FRAMES ? padding : "");
            channel.pipeline().fireChannelRead(new ReceivedFrame(text, text.length(), Set.of(), text.length(),
                    PeerAddress.UNKNOWN));
        }
        channel.pipeline().fireChannelReadComplete();
        awaitDispatcherIdle();
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            expected.add("m" + i);
        }
        assertEquals(expected, queued);
        assertEquals(0, decoders.busyConnections(), "the connection still counts as busy once all is pushed");
        assertTrue(channel.config().isAutoRead());
        assertFalse(channel.finish());
    }

    @Test
    void framesFlushedAtCloseAreDispatched() throws Exception {
        List<Object> queued = Collections.synchronizedList(new ArrayList<>());
        ConnectionEventHandler handler = handler(event -> queued.add(event.get("message")));
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        channel.pipeline().fireChannelRead(new ReceivedFrame("last", 4, Set.of(), 4, PeerAddress.UNKNOWN));
        channel.close();
        awaitDispatcherIdle();
        assertEquals(List.of("last"), queued);
    }
}
