package io.github.ecsbridge.cefsyslog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided counterpart of {@link FramerGarbageTest}: any bytes, in any chunks, through any framer, never
 * throw or leak, and never give an empty frame or one longer than {@code max_message_size}.
 */
class FramerGarbageFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyBytesAreFramedWithinTheLimit(FuzzedDataProvider data) {
        Framing framing = data.pickValue(Framing.values());
        int maxMessageSize = data.consumeInt(1, 300);
        List<byte[]> chunks = new ArrayList<>();
        int count = data.consumeInt(1, 40);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            byte[] chunk = data.consumeBytes(data.consumeInt(1, 400));
            // A read never delivers zero bytes, and Netty's shared empty buffer is never released.
            if (chunk.length > 0) {
                chunks.add(chunk);
            }
        }

        List<Integer> lengths = new ArrayList<>();
        FramerHarness.frames(framing.newFramer(maxMessageSize), chunks, lengths);

        for (int length : lengths) {
            assertTrue(length > 0 && length <= maxMessageSize, "frame of " + length + " bytes");
        }
    }
}
