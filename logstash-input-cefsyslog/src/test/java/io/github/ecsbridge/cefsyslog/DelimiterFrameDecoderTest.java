package io.github.ecsbridge.cefsyslog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ecsbridge.cefsyslog.FramerHarness.bytes;
import static io.github.ecsbridge.cefsyslog.FramerHarness.frames;
import static io.github.ecsbridge.cefsyslog.FramerHarness.framesAtEveryBoundary;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DelimiterFrameDecoderTest {

    private static DelimiterFrameDecoder lf(int max) {
        return new DelimiterFrameDecoder((byte) '\n', max);
    }

    private static DelimiterFrameDecoder nul(int max) {
        return new DelimiterFrameDecoder((byte) 0, max);
    }

    @Test
    void lfFramesAreCutAtEveryByteBoundary() {
        assertEquals(List.of("<13>one", "<13>two", "<13>three"),
                framesAtEveryBoundary(() -> lf(100), bytes("<13>one\n<13>two\n<13>three\n")));
    }

    @Test
    void crlfLosesItsCarriageReturn() {
        assertEquals(List.of("<13>one", "<13>two"),
                framesAtEveryBoundary(() -> lf(100), bytes("<13>one\r\n<13>two\r\n")));
    }

    @Test
    void nulFramesKeepLineFeedsInside() {
        assertEquals(List.of("<13>multi\nline", "<13>two"),
                framesAtEveryBoundary(() -> nul(100), bytes("<13>multi\nline\0<13>two\0")));
    }

    @Test
    void emptyFramesAreSkipped() {
        assertEquals(List.of("a", "b"), framesAtEveryBoundary(() -> lf(100), bytes("\n\r\na\n\n\nb\n\n")));
    }

    @Test
    void unterminatedLastLineIsEmittedAtClose() {
        assertEquals(List.of("<13>one", "<13>last"),
                framesAtEveryBoundary(() -> lf(100), bytes("<13>one\n<13>last")));
    }

    @Test
    void tooLongFrameIsCutAndNextFrameDecoded() {
        assertEquals(List.of("0123456789 [OVERSIZED]", "ok"),
                framesAtEveryBoundary(() -> lf(10), bytes("0123456789ABCDEF\nok\n")));
    }

    @Test
    void tooLongFrameSpreadOverReadsIsDiscardedAsItArrives() {
        List<byte[]> chunks = List.of(bytes("0123456789AB"), bytes("CDEFGHIJ"), bytes("KLMNOP\nnext\n"));
        assertEquals(List.of("0123456789 [OVERSIZED]", "next"), frames(lf(10), chunks));
    }

    @Test
    void frameOfExactlyMaxLengthFitsWithCrlf() {
        assertEquals(List.of("0123456789", "x"), framesAtEveryBoundary(() -> lf(10), bytes("0123456789\r\nx\n")));
    }

    @Test
    void tooLongLastLineAtCloseIsStillReported() {
        assertEquals(List.of("0123456789 [OVERSIZED]"), frames(lf(10), List.of(bytes("0123456789ABCDEF"))));
    }
}
