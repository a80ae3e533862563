package io.github.ecsbridge.cefsyslog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of the TCP framers: messages the fuzzer picks, framed as a sender would (octet counting,
 * LF with or without CR, NUL) and cut into chunks the fuzzer picks, come out one frame per message, byte for byte,
 * without defects and with every buffer released. Automatic framing must find the sender's framing.
 */
class FramerRoundTripFuzzTest {

    private static final Framing[] SENT = {Framing.OCTET_COUNTING, Framing.LF, Framing.NUL};

    @FuzzTest(maxDuration = "10s")
    void framedMessagesComeOutOneForOne(FuzzedDataProvider data) {
        Framing framing = data.pickValue(Framing.values());
        Framing sent = framing == Framing.AUTO ? data.pickValue(SENT) : framing;
        List<byte[]> messages = new ArrayList<>();
        int count = data.consumeInt(1, 20);
        int longest = 1;
        for (int i = 0; i < count; i++) {
            byte[] message = sendable(data.consumeBytes(data.consumeInt(1, 300)), sent, framing == Framing.AUTO);
            messages.add(message);
            longest = Math.max(longest, message.length);
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (byte[] message : messages) {
            frame(stream, message, sent, data.consumeBoolean());
        }
        // Room for a CR before the LF: a message of exactly the limit may be followed by one.
        int maxMessageSize = longest + data.consumeInt(0, 2);

        List<byte[]> frames = decode(new EmbeddedChannel(framing.newFramer(maxMessageSize)), stream.toByteArray(),
                data);

        assertEquals(messages.size(), frames.size(), "frames in and out differ");
        for (int i = 0; i < messages.size(); i++) {
            assertArrayEquals(messages.get(i), frames.get(i), "frame " + i);
        }
    }

    /**
     * Makes the fuzzer's bytes a message the framing can carry: nothing that a framer trims around a message (CR,
     * LF, NUL), no delimiter inside it, and for automatic framing a first message that cannot pass for a length.
     */
    private static byte[] sendable(byte[] bytes, Framing sent, boolean auto) {
        byte[] message = bytes.length == 0 ? new byte[] {'x'} : bytes;
        for (int i = 0; i < message.length; i++) {
            boolean delimiter = (sent == Framing.LF || auto) && message[i] == '\n'
                    || (sent == Framing.NUL || auto) && message[i] == 0;
            boolean edge = (i == 0 || i == message.length - 1)
                    && (message[i] == '\n' || message[i] == '\r' || message[i] == 0);
            if (delimiter || edge) {
                message[i] = 'x';
            }
        }
        if (auto && sent != Framing.OCTET_COUNTING && message[0] >= '0' && message[0] <= '9') {
            message[0] = '<';
        }
        return message;
    }

    private static void frame(ByteArrayOutputStream stream, byte[] message, Framing sent, boolean crlf) {
        if (sent == Framing.OCTET_COUNTING) {
            stream.writeBytes((message.length + " ").getBytes(StandardCharsets.US_ASCII));
            stream.writeBytes(message);
        } else if (sent == Framing.LF) {
            stream.writeBytes(message);
            stream.writeBytes(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        } else {
            stream.writeBytes(message);
            stream.write(0);
        }
    }

    /** Feeds the bytes in chunks the fuzzer picks, closes the channel, and returns every frame's bytes. */
    private static List<byte[]> decode(EmbeddedChannel channel, byte[] input, FuzzedDataProvider data) {
        List<ByteBuf> written = new ArrayList<>();
        List<byte[]> frames = new ArrayList<>();
        for (int from = 0; from < input.length; ) {
            int length = Math.min(input.length - from, data.consumeInt(1, 512));
            ByteBuf chunk = Unpooled.wrappedBuffer(input, from, length);
            written.add(chunk);
            channel.writeInbound(chunk);
            drain(channel, frames);
            from += length;
        }
        channel.finish();
        drain(channel, frames);
        assertNull(channel.readInbound());
        for (ByteBuf chunk : written) {
            assertEquals(0, chunk.refCnt(), "input buffer not released");
        }
        return frames;
    }

    private static void drain(EmbeddedChannel channel, List<byte[]> frames) {
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            RawFrame frame = (RawFrame) message;
            try {
                assertEquals(java.util.Set.of(), frame.defects(), "defects");
                byte[] bytes = new byte[frame.content().readableBytes()];
                frame.content().getBytes(frame.content().readerIndex(), bytes);
                frames.add(bytes);
            } finally {
                frame.release();
            }
        }
    }
}
