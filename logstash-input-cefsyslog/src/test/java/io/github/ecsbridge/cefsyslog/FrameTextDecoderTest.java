package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FrameTextDecoderTest {

    private static ReceivedFrame decode(RawFrame frame) {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameTextDecoder());
        channel.writeInbound(frame);
        ReceivedFrame received = channel.readInbound();
        assertFalse(channel.finish());
        assertEquals(0, frame.refCnt(), "frame not released");
        return received;
    }

    @Test
    void validUtf8IsDecodedWithoutDefect() {
        ReceivedFrame received = decode(RawFrame.complete(Unpooled.copiedBuffer("<13>Grüße €", StandardCharsets.UTF_8)));
        assertEquals("<13>Grüße €", received.text());
        assertEquals(Set.of(), received.defects());
        assertEquals(15, received.size());
    }

    @Test
    void replacementCharacterSentAsValidUtf8IsNoDefect() {
        ReceivedFrame received = decode(RawFrame.complete(Unpooled.copiedBuffer("a\uFFFDb", StandardCharsets.UTF_8)));
        assertEquals("a\uFFFDb", received.text());
        assertEquals(Set.of(), received.defects());
    }

    @Test
    void invalidUtf8IsReplacedAndMarked() {
        byte[] latin1 = "<13>caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1);
        ReceivedFrame received = decode(RawFrame.complete(Unpooled.copiedBuffer(latin1)));
        assertEquals("<13>caf\uFFFD ok", received.text());
        assertEquals(Set.of(FrameDefect.INVALID_UTF8), received.defects());
    }

    @Test
    void invalidUtf8KeepsTheFramersDefects() {
        RawFrame frame = RawFrame.defective(Unpooled.copiedBuffer(new byte[] {'a', (byte) 0xC3}), 40,
                FrameDefect.OVERSIZED);
        assertEquals(Set.of(FrameDefect.OVERSIZED, FrameDefect.INVALID_UTF8), decode(frame).defects());
    }

    @Test
    void datagramSenderIsFormattedLikeFilebeat() {
        ReceivedFrame v4 = decode(RawFrame.of(Unpooled.copiedBuffer("x", StandardCharsets.UTF_8), 1, Set.of(),
                new InetSocketAddress("192.0.2.7", 51514)));
        assertEquals("192.0.2.7:51514", v4.peer().address());
        assertEquals("192.0.2.7", v4.peer().ip());
        ReceivedFrame v6 = decode(RawFrame.of(Unpooled.copiedBuffer("x", StandardCharsets.UTF_8), 1, Set.of(),
                new InetSocketAddress("2001:db8:0:0:0:0:0:1", 514)));
        assertEquals("[2001:db8::1]:514", v6.peer().address());
        assertEquals("2001:db8::1", v6.peer().ip());
    }
}
