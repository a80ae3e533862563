package io.github.ecsbridge.cefsyslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One-megabyte streams built to hurt a framer (long runs of what framers look for, no delimiter at all) and tens of
 * thousands of tiny frames, in small reads: nothing throws or leaks, no frame breaks the limit, and a stream of
 * valid frames gives exactly as many frames as were sent.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FramerAdversarialStreamsTest {

    private static final int ONE_MB = 1 << 20;
    /** Enough tiny frames to show none is lost; a megabyte of them only costs time. */
    private static final int QUARTER_MB = ONE_MB / 4;
    private static final int MAX = 64 * 1024;
    private static final int READ = 61;
    private static final List<String> RUNS = List.of(" ", "x", "\r", "\n", "\0", "1", "9999999999 ", "<13>", "\r\n");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Framing.class)
    void longRunsAreFramedWithinTheLimit(Framing framing) {
        for (String run : RUNS) {
            List<Integer> lengths = new ArrayList<>();
            FramerHarness.frames(framing.newFramer(MAX), reads(run.repeat(ONE_MB / run.length())), lengths);
            for (int length : lengths) {
                assertTrue(length > 0 && length <= MAX, () -> printable(run) + ": frame of " + length + " bytes");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Framing.class, names = {"AUTO", "OCTET_COUNTING"})
    void tinyCountedFramesAreAllDelivered(Framing framing) {
        int sent = QUARTER_MB / 3;
        List<String> frames = FramerHarness.frames(framing.newFramer(MAX), reads("1 x".repeat(sent)));

        assertEquals(sent, frames.size());
        assertTrue(frames.stream().allMatch("x"::equals));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Framing.class, names = {"AUTO", "LF"})
    void tinyLinesAreAllDelivered(Framing framing) {
        int sent = QUARTER_MB / 2;
        List<String> frames = FramerHarness.frames(framing.newFramer(MAX), reads("x\n".repeat(sent)));

        assertEquals(sent, frames.size());
        assertTrue(frames.stream().allMatch("x"::equals));
    }

    private static List<byte[]> reads(String stream) {
        byte[] bytes = stream.getBytes(StandardCharsets.ISO_8859_1);
        List<byte[]> reads = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += READ) {
            reads.add(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + READ)));
        }
        return reads;
    }

    private static String printable(String run) {
        return run.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0");
    }
}
