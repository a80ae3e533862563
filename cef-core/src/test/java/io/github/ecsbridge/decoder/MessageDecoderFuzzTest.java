package io.github.ecsbridge.decoder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ecsbridge.fuzz.AllocationBound;
import io.github.ecsbridge.fuzz.SampleSeeds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the whole frame decoder (syslog header, CEF, ECS mapping), seeded with the golden
 * corpus: every frame becomes exactly one document with a message and a timestamp, no bug is caught internally, and
 * the work stays linear in the frame's length.
 */
class MessageDecoderFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final MessageDecoder DECODER = new MessageDecoder(DecoderOptions.builder().clock(CLOCK).build());
    private static final AllocationBound LINEAR = new AllocationBound(128, 512 * 1024);

    static Stream<byte[]> samples() {
        return SampleSeeds.lines();
    }

    @MethodSource("samples")
    @FuzzTest(maxDuration = "10s")
    void anyFrameGivesOneDocument(byte[] input) {
        String frame = new String(input, StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object>[] result = new Map[1];
        LINEAR.check(frame.length(), () -> result[0] = DECODER.decode(frame));
        Map<String, Object> document = result[0];

        assertTrue(document.get("message") instanceof String, "no message");
        assertTrue(document.get("@timestamp") instanceof String, "no @timestamp");
        Object error = document.get("error") instanceof Map<?, ?> map ? map.get("message") : null;
        List<?> errors = error instanceof List<?> list ? list : error == null ? List.of() : List.of(error);
        for (Object message : errors) {
            assertFalse(String.valueOf(message).startsWith(MessageDecoder.INTERNAL_ERROR), String.valueOf(message));
        }
    }
}
