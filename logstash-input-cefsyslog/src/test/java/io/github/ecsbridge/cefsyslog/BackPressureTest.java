package io.github.ecsbridge.cefsyslog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static io.github.ecsbridge.cefsyslog.RunningInput.TIMEOUT_SECONDS;
import static io.github.ecsbridge.cefsyslog.Senders.connect;
import static io.github.ecsbridge.cefsyslog.Senders.utf8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Logstash queue that stops taking events, as a full persistent queue or a stalled output makes it: the input stops
 * reading the connection, so TCP's window stops the sender, and once the queue takes events again every frame arrives,
 * in order. The socket buffers are set small ({@code receive_buffer_bytes} on the input, SO_SNDBUF on the client) so
 * that what the kernel holds stays small next to what the sender tries to push.
 */
@Timeout(60)
class BackPressureTest {

    private static final int FRAME_BYTES = 1024;
    private static final int SOCKET_BUFFER_BYTES = 64 * 1024;
    /**
     * The most the sender may get written while the queue is blocked. The input's share is documented as 256 KiB of
     * messages waiting for the queue, plus one read and an incomplete message in the framer; the two socket buffers
     * (which Linux doubles) hold the rest.
     */
    private static final long WRITTEN_WHILE_BLOCKED_BOUND = 2L * 1024 * 1024;
    private static final long STALL_MILLIS = 500;

    @Test
    void blockedQueuePausesReadingAndEveryFrameArrivesInOrderOnceItTakesEventsAgain() throws Exception {
        int frames = 16 * 1024;
        GatedQueue queue = new GatedQueue();
        try (RunningInput input = RunningInput.start(
                Map.of("protocols", "tcp", "receive_buffer_bytes", (long) SOCKET_BUFFER_BYTES), queue);
             Socket socket = connect(input.port(Transport.TCP))) {
            socket.setSendBufferSize(SOCKET_BUFFER_BYTES);
            Sender sender = Sender.start(socket, frames);
            try {
                queue.awaitFirstEvent();
                long written = sender.awaitStall();
                assertFalse(sender.done.isDone(), "the input read all 16 MiB while the queue took nothing");
                assertTrue(written < WRITTEN_WHILE_BLOCKED_BOUND,
                        "the sender got " + written + " bytes written while the queue took nothing");
            } finally {
                // Also when an assertion failed: stopping the input waits for the events already read.
                queue.open();
            }
            sender.done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertEquals(sequence(frames), queue.take(frames));
            input.stop();
            assertNull(queue.events.poll(), "more events than frames");
        }
    }

    @Test
    void connectionPausedByBackPressureOutlivesTheIdleTimeout() throws Exception {
        int frames = 4 * 1024;
        GatedQueue queue = new GatedQueue();
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "idle_timeout", 1L,
                "receive_buffer_bytes", (long) SOCKET_BUFFER_BYTES), queue);
             Socket socket = connect(input.port(Transport.TCP))) {
            socket.setSendBufferSize(SOCKET_BUFFER_BYTES);
            Sender sender = Sender.start(socket, frames);
            try {
                queue.awaitFirstEvent();
                sender.awaitStall();
                // Time has to pass here: twice idle_timeout with reads paused, so the idle check runs while they are.
                Thread.sleep(2_000);
            } finally {
                queue.open();
            }
            assertDoesNotThrow(() -> sender.done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS),
                    "the paused connection was closed");
            socket.getOutputStream().write(frame(frames));
            assertEquals(sequence(frames + 1), queue.take(frames + 1));
        }
    }

    /** The frame texts {@code 0 .. count - 1} as the input should deliver them. */
    private static List<String> sequence(int count) {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String line = new String(frame(i), StandardCharsets.UTF_8);
            texts.add(line.substring(0, line.length() - 1));
        }
        return texts;
    }

    /** Frame {@code number}, LF-terminated, {@link #FRAME_BYTES} long. */
    private static byte[] frame(int number) {
        String head = String.format("<13>Jul  4 09:16:35 host app: seq=%06d ", number);
        return utf8(head + "x".repeat(FRAME_BYTES - head.length() - 1) + "\n");
    }

    /** Writes numbered frames on its own thread and counts the bytes each completed write handed to the kernel. */
    private static final class Sender {

        private final AtomicLong written = new AtomicLong();
        private final CompletableFuture<Void> done = new CompletableFuture<>();

        static Sender start(Socket socket, int frames) {
            Sender sender = new Sender();
            Thread thread = new Thread(() -> sender.send(socket, frames), "sender");
            thread.setDaemon(true);
            thread.start();
            return sender;
        }

        private void send(Socket socket, int frames) {
            try {
                OutputStream out = socket.getOutputStream();
                for (int i = 0; i < frames; i++) {
                    byte[] frame = frame(i);
                    out.write(frame);
                    written.addAndGet(frame.length);
                }
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        }

        /**
         * Waits until writing has made no progress for {@link #STALL_MILLIS}, or the sender finished, and returns the
         * bytes written. A slow machine can only make the wait end early, with fewer bytes written.
         */
        long awaitStall() throws InterruptedException {
            long last = -1;
            long unchangedSince = System.nanoTime();
            while (!done.isDone()) {
                long now = written.get();
                if (now != last) {
                    last = now;
                    unchangedSince = System.nanoTime();
                } else if (System.nanoTime() - unchangedSince > TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS)) {
                    break;
                }
                Thread.sleep(20);
            }
            return written.get();
        }
    }

    /** Logstash's queue as the input sees it: a consumer that blocks until {@link #open()}. */
    private static final class GatedQueue implements Consumer<Map<String, Object>> {

        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        private final CountDownLatch firstEvent = new CountDownLatch(1);
        private final CountDownLatch gate = new CountDownLatch(1);

        @Override
        public void accept(Map<String, Object> event) {
            firstEvent.countDown();
            try {
                if (!gate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the queue");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            events.add(EventText.describe(event));
        }

        void awaitFirstEvent() throws InterruptedException {
            assertTrue(firstEvent.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "no event reached the queue");
        }

        void open() {
            gate.countDown();
        }

        List<String> take(int count) throws InterruptedException {
            List<String> taken = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String event = events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(event, "only " + i + " of " + count + " events arrived");
                taken.add(event);
            }
            return taken;
        }
    }
}
