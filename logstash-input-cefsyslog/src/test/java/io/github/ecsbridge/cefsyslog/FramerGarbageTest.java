package io.github.ecsbridge.cefsyslog;

import io.netty.channel.ChannelHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random bytes, in random chunks, never make a framer throw or leak, and never make it emit more than
 * {@code max_message_size} bytes per frame. Seeded, so a failure replays.
 */
class FramerGarbageTest {

    private static final int MAX = 300;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Framing.class)
    void garbageIsFramedWithinTheLimit(Framing framing) {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            byte[] garbage = new byte[10_000];
            random.nextBytes(garbage);
            // Sprinkle the bytes framers look for, so every state is reached.
            byte[] special = {'\n', '\r', 0, ' ', '1', '9', '<'};
            for (int i = 0; i < 800; i++) {
                garbage[random.nextInt(garbage.length)] = special[random.nextInt(special.length)];
            }
            List<byte[]> chunks = new ArrayList<>();
            for (int from = 0; from < garbage.length; ) {
                int length = Math.min(garbage.length - from, 1 + random.nextInt(700));
                byte[] chunk = new byte[length];
                System.arraycopy(garbage, from, chunk, 0, length);
                chunks.add(chunk);
                from += length;
            }
            ChannelHandler framer = framing.newFramer(MAX);
            List<Integer> lengths = new ArrayList<>();
            FramerHarness.frames(framer, chunks, lengths);
            assertTrue(lengths.size() > 0, "seed " + seed + ": no frame at all");
            for (int length : lengths) {
                assertTrue(length > 0 && length <= MAX, "seed " + seed + ": frame of " + length + " bytes");
            }
        }
    }
}
