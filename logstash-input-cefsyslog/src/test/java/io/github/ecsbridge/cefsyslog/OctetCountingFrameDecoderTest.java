package io.github.ecsbridge.cefsyslog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ecsbridge.cefsyslog.FramerHarness.bytes;
import static io.github.ecsbridge.cefsyslog.FramerHarness.frames;
import static io.github.ecsbridge.cefsyslog.FramerHarness.framesAtEveryBoundary;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OctetCountingFrameDecoderTest {

    private static OctetCountingFrameDecoder framer(int max) {
        return new OctetCountingFrameDecoder(max);
    }

    @Test
    void countedFramesAreCutAtEveryByteBoundary() {
        assertEquals(List.of("<13>one", "<13>two\nlines", "x"),
                framesAtEveryBoundary(() -> framer(100), bytes("7 <13>one13 <13>two\nlines1 x")));
    }

    @Test
    void newlinesBetweenFramesAreTolerated() {
        assertEquals(List.of("<13>one", "<13>two"),
                framesAtEveryBoundary(() -> framer(100), bytes("7 <13>one\n8 <13>two\n\r\n")));
    }

    @Test
    void newlineCountedInTheFrameIsDropped() {
        assertEquals(List.of("<13>one", "<13>two"),
                framesAtEveryBoundary(() -> framer(100), bytes("8 <13>one\n8 <13>two\n")));
    }

    @Test
    void declaredTooLongFrameIsCutAndItsRestSkipped() {
        assertEquals(List.of("0123456789 [OVERSIZED]", "ok"),
                framesAtEveryBoundary(() -> framer(10), bytes("16 0123456789ABCDEF2 ok")));
    }

    @Test
    void frameCutByCloseIsTruncated() {
        assertEquals(List.of("<13>one", "<13>tw [TRUNCATED]"),
                framesAtEveryBoundary(() -> framer(100), bytes("7 <13>one7 <13>tw")));
    }

    @Test
    void lengthCutByCloseIsTruncated() {
        assertEquals(List.of("<13>one", "12 [TRUNCATED]"), frames(framer(100), List.of(bytes("7 <13>one12"))));
    }

    @Test
    void lineWithoutCountIsReadUpToLineFeedAndCountingResumes() {
        assertEquals(List.of("<13>plain line [INVALID_OCTET_COUNT]", "<13>one"),
                framesAtEveryBoundary(() -> framer(100), bytes("<13>plain line\n7 <13>one")));
    }

    @Test
    void leadingZeroIsNotACount() {
        assertEquals(List.of("07 <13>one [INVALID_OCTET_COUNT]"),
                framesAtEveryBoundary(() -> framer(100), bytes("07 <13>one\n")));
    }

    @Test
    void elevenDigitsAreNotACount() {
        assertEquals(List.of("12345678901 x [INVALID_OCTET_COUNT]"),
                framesAtEveryBoundary(() -> framer(100), bytes("12345678901 x\n")));
    }

    @Test
    void tooLongLineWithoutCountIsCutAndSkippedToLineFeed() {
        assertEquals(List.of("<13>456789 [OVERSIZED,INVALID_OCTET_COUNT]", "2 ok"),
                frames(framer(10), List.of(bytes("<13>456789ABCDEF"), bytes("GHIJ\n4 2 ok"))));
    }

    @Test
    void unterminatedLineWithoutCountIsEmittedAtClose() {
        assertEquals(List.of("<13>tail [INVALID_OCTET_COUNT]"),
                framesAtEveryBoundary(() -> framer(100), bytes("<13>tail")));
    }
}
