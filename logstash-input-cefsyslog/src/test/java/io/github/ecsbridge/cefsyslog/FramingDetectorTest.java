package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ecsbridge.cefsyslog.FramerHarness.bytes;
import static io.github.ecsbridge.cefsyslog.FramerHarness.frames;
import static io.github.ecsbridge.cefsyslog.FramerHarness.framesAtEveryBoundary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FramingDetectorTest {

    private static FramingDetector detector() {
        return new FramingDetector(100);
    }

    private static Framing detect(String text) {
        ByteBuf buf = Unpooled.copiedBuffer(bytes(text));
        try {
            return detector().detect(buf);
        } finally {
            buf.release();
        }
    }

    @Test
    void digitsThenSpaceMeanOctetCounting() {
        assertEquals(Framing.OCTET_COUNTING, detect("25 <13>"));
        assertEquals(Framing.OCTET_COUNTING, detect("\n1234567890 "));
    }

    @Test
    void firstDelimiterDecides() {
        assertEquals(Framing.LF, detect("<13>a\n<13>b\0"));
        assertEquals(Framing.NUL, detect("<13>a\0<13>b\n"));
        assertEquals(Framing.LF, detect("<13>a\r\n"));
    }

    @Test
    void messageStartingWithADateIsDelimited() {
        assertEquals(Framing.LF, detect("2024-07-04T09:16:35Z host CEF:0|a\n"));
    }

    @Test
    void undecidedUntilTheBytesTell() {
        assertNull(detect("123"));
        assertNull(detect("<13>no delimiter yet"));
        assertNull(detect("\r\n"));
    }

    @Test
    void noDelimiterWithinTheLimitMeansLineFraming() {
        assertEquals(Framing.LF, new FramingDetector(4).detect(Unpooled.copiedBuffer(bytes("<13>abcdef"))));
    }

    @Test
    void octetCountedStreamIsFramedAtEveryByteBoundary() {
        assertEquals(List.of("<13>one", "<13>two"),
                framesAtEveryBoundary(FramingDetectorTest::detector, bytes("7 <13>one7 <13>two")));
    }

    @Test
    void lfStreamIsFramedAtEveryByteBoundary() {
        assertEquals(List.of("<13>one", "<13>two"),
                framesAtEveryBoundary(FramingDetectorTest::detector, bytes("<13>one\r\n<13>two\r\n")));
    }

    @Test
    void nulStreamIsFramedAtEveryByteBoundary() {
        assertEquals(List.of("<13>one", "<13>two"),
                framesAtEveryBoundary(FramingDetectorTest::detector, bytes("<13>one\0<13>two\0")));
    }

    @Test
    void bytesOfAConnectionClosedBeforeDecidingAreEmitted() {
        assertEquals(List.of("<13>only"), frames(detector(), List.of(bytes("<13>only"))));
        assertEquals(List.of("<13>par [TRUNCATED]"), frames(detector(), List.of(bytes("42 <13>par"))));
    }
}
