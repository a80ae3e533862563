package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetric;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static io.github.ecsbridge.cefsyslog.Senders.connect;
import static io.github.ecsbridge.cefsyslog.Senders.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 50 MiB message, streamed as it would be by a sender gone wrong, against the default 64 KiB
 * {@code max_message_size}: the event holds exactly the first 64 KiB and is tagged, the next message on the same
 * connection arrives intact, and the input's buffers never hold more than a few pooled chunks meanwhile.
 */
@Timeout(60)
class HugeFrameTest {

    private static final int HUGE = 50 * 1024 * 1024;
    private static final int MAX_MESSAGE_SIZE = 65_536;
    private static final String HEAD = "<13>Jul  4 09:16:35 host app: ";
    private static final String NEXT = "<13>Jul  4 09:16:36 host app: next";
    /**
     * What the input may allocate meanwhile: the framer holds at most {@code max_message_size} plus one read, but the
     * pooled allocator hands out memory in chunks of 4 MiB per event loop. A framer that kept the message would need
     * more than 50 MiB.
     */
    private static final long ALLOCATION_BOUND = 16L * 1024 * 1024;

    static Stream<Arguments> hugeMessages() {
        String oversized = "message exceeds max_message_size (65536 bytes), truncated";
        return Stream.of(
                Arguments.of("LF, no delimiter for 50 MiB", "auto", utf8(""), utf8("\n" + NEXT + "\n"),
                        List.of(oversized)),
                Arguments.of("octet counting, 50 MiB declared", "auto", utf8(HUGE + " "),
                        Senders.octetCounted(NEXT),
                        List.of("message of 52428800 bytes exceeds max_message_size (65536 bytes), truncated")),
                Arguments.of("octet counting, 50 MiB line without a count", "octet_counting", utf8(""),
                        Senders.concat(utf8("\n"), Senders.octetCounted(NEXT)),
                        List.of(oversized, FrameDefect.INVALID_OCTET_COUNT_REASON)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeMessages")
    void fiftyMebibyteMessageIsCutToTheLimitWithBoundedMemory(String name, String framing, byte[] before,
                                                              byte[] after, List<String> reasons) throws Exception {
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "framing", framing));
             AllocationPeak peak = AllocationPeak.start();
             Socket socket = connect(input.port(Transport.TCP))) {
            OutputStream out = socket.getOutputStream();
            out.write(before);
            streamMessage(out);
            out.write(after);

            Map<String, Object> cut = input.take();
            assertTrue(peak.growth() < ALLOCATION_BOUND,
                    "the input allocated " + peak.growth() + " bytes for one message");
            String text = EventText.original(cut);
            assertEquals(MAX_MESSAGE_SIZE, text.length());
            assertEquals(HEAD + "x".repeat(MAX_MESSAGE_SIZE - HEAD.length()), text);
            assertEquals(reasons, EventText.errors(cut));
            assertEquals(NEXT, EventText.describe(input.take()), "the connection did not go on");
            input.stop();
            assertNull(input.events.poll());
            assertEquals(1, input.counter("oversized_frames"));
        }
    }

    /** {@link #HEAD} and x up to 50 MiB, written from one 64 KiB buffer so the test itself holds little. */
    private static void streamMessage(OutputStream out) throws Exception {
        byte[] head = utf8(HEAD);
        out.write(head);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        for (int left = HUGE - head.length; left > 0; left -= chunk.length) {
            out.write(chunk, 0, Math.min(chunk.length, left));
        }
    }

    /**
     * Samples the memory Netty's default allocator (the one the input's channels use) has handed out, pooled and
     * huge, heap and direct, and keeps the highest growth over the level when sampling started.
     */
    private static final class AllocationPeak implements AutoCloseable {

        private final ByteBufAllocatorMetric metric =
                ((ByteBufAllocatorMetricProvider) ByteBufAllocator.DEFAULT).metric();
        private final long baseline = used();
        private final AtomicLong peak = new AtomicLong(baseline);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread sampler = new Thread(this::sample, "allocation-peak");

        static AllocationPeak start() {
            AllocationPeak peak = new AllocationPeak();
            peak.sampler.setDaemon(true);
            peak.sampler.start();
            return peak;
        }

        long growth() {
            return peak.get() - baseline;
        }

        private long used() {
            return metric.usedDirectMemory() + metric.usedHeapMemory();
        }

        private void sample() {
            while (running.get()) {
                peak.accumulateAndGet(used(), Math::max);
                // A millisecond is short next to the time 50 MiB take to go through, and leaves the cores to the test.
                LockSupport.parkNanos(1_000_000);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            sampler.join();
        }
    }
}
