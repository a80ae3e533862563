package io.github.ecsbridge.cefsyslog;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Runs a framer in an {@link EmbeddedChannel} and describes what it emitted, one string per frame: the text, then the
 * defects in brackets when there are any. Checks that every buffer was released and nothing was left behind.
 */
final class FramerHarness {

    private FramerHarness() {
    }

    /** Feeds the chunks, closes the channel, and returns the frames. */
    static List<String> frames(ChannelHandler framer, List<byte[]> chunks) {
        return frames(framer, chunks, new ArrayList<>());
    }

    /** As {@link #frames(ChannelHandler, List)}, adding each frame's length in bytes to {@code lengths}. */
    static List<String> frames(ChannelHandler framer, List<byte[]> chunks, List<Integer> lengths) {
        EmbeddedChannel channel = new EmbeddedChannel(framer);
        List<ByteBuf> inputs = new ArrayList<>();
        List<String> frames = new ArrayList<>();
        for (byte[] chunk : chunks) {
            ByteBuf buf = Unpooled.copiedBuffer(chunk);
            inputs.add(buf);
            channel.writeInbound(buf);
            drain(channel, frames, lengths);
        }
        channel.finish();
        drain(channel, frames, lengths);
        assertNull(channel.readInbound());
        for (ByteBuf input : inputs) {
            assertEquals(0, input.refCnt(), "input buffer not released");
        }
        return frames;
    }

    /** Feeds the input whole, then split at every byte boundary, then byte by byte; all must give the same frames. */
    static List<String> framesAtEveryBoundary(Supplier<ChannelHandler> framer, byte[] input) {
        List<String> whole = frames(framer.get(), List.of(input));
        for (int split = 1; split < input.length; split++) {
            List<String> halves = frames(framer.get(),
                    List.of(Arrays.copyOfRange(input, 0, split), Arrays.copyOfRange(input, split, input.length)));
            assertEquals(whole, halves, "split at byte " + split);
        }
        List<byte[]> bytes = new ArrayList<>();
        for (byte b : input) {
            bytes.add(new byte[] {b});
        }
        assertEquals(whole, frames(framer.get(), bytes), "byte by byte");
        return whole;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void drain(EmbeddedChannel channel, List<String> frames, List<Integer> lengths) {
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            RawFrame frame = (RawFrame) message;
            try {
                lengths.add(frame.content().readableBytes());
                frames.add(describe(frame));
            } finally {
                frame.release();
            }
        }
    }

    private static String describe(RawFrame frame) {
        String text = frame.content().toString(StandardCharsets.UTF_8);
        if (frame.defects().isEmpty()) {
            return text;
        }
        return text + " " + frame.defects().stream().map(Enum::name).collect(Collectors.joining(",", "[", "]"));
    }
}
