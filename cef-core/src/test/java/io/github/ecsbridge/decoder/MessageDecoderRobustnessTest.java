package io.github.ecsbridge.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ecsbridge.ecs.EcsCompatibility;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial frames through the whole decoder in every mode. The decoder catches its own bugs so that
 * nothing reaches the caller; these tests fail when one was caught, so such a bug cannot hide. Seeds are fixed.
 */
class MessageDecoderRobustnessTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final int ONE_MB = 1 << 20;

    private static final String[] FRAGMENTS = {
        "<13>", "<999>", "<14>1 ", "2024-07-04T09:16:35.992Z ", "- ", "Jan  1 00:00:00 ", "July 16, 2017 10:34:23 ",
        "host ", "KSMG: ", "[x@1 a=\"v\"] ", "CEF:", "CEF:0|", "|", "\\|", "\\\\", "=", " key=", "rt=", "msg=",
        "src=", "10.0.0.1", "1647626887000", "Jul 04 2024 09:16:35 GMT", "cs1Label=", "cs1=", "\"", " ", "\\",
        "\uFEFF", "\n", "\r", "\u00e9", "\uD83D",
    };

    @Test
    void randomFramesNeverHitAnInternalError() {
        Random random = new Random(6514L);
        for (EcsCompatibility mode : EcsCompatibility.values()) {
            MessageDecoder decoder = decoder(mode);
            for (int i = 0; i < 10_000; i++) {
                StringBuilder frame = new StringBuilder();
                int parts = random.nextInt(30);
                for (int p = 0; p < parts; p++) {
                    frame.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                }
                assertDecoded(decoder, frame.toString());
            }
        }
    }

    @Test
    void randomBytesNeverHitAnInternalError() {
        Random random = new Random(5424L);
        MessageDecoder decoder = decoder(EcsCompatibility.V8);
        for (int i = 0; i < 10_000; i++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            assertDecoded(decoder, new String(bytes, StandardCharsets.UTF_8));
            assertDecoded(decoder, new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void longRunsAndHugeFramesAreDecoded() {
        MessageDecoder decoder = decoder(EcsCompatibility.V8);
        for (String run : List.of("<", " ", "[", "\"", "\\", "|", "=", "CEF:")) {
            String repeated = run.repeat(ONE_MB / run.length());
            assertDecoded(decoder, repeated);
            assertDecoded(decoder, "<13>Jan  1 00:00:00 host app: CEF:0|a|b|c|d|e|f|k=" + repeated);
            assertDecoded(decoder, "<13>1 - - - - - [x@1 a=\"" + repeated);
        }
        String manyKeys = "CEF:0|a|b|c|d|e|f|" + " k=v".repeat(ONE_MB / 4);
        assertDecoded(decoder, manyKeys);
    }

    private static MessageDecoder decoder(EcsCompatibility mode) {
        return new MessageDecoder(DecoderOptions.builder().clock(CLOCK).ecsCompatibility(mode).build());
    }

    private static void assertDecoded(MessageDecoder decoder, String frame) {
        Map<String, Object> document = decoder.decode(frame);
        assertTrue(document.get("message") instanceof String, () -> "no message for " + abbreviate(frame));
        assertTrue(document.get("@timestamp") instanceof String, () -> "no @timestamp for " + abbreviate(frame));
        Object error = document.get("error") instanceof Map ? ((Map<?, ?>) document.get("error")).get("message") : null;
        assertFalse(String.valueOf(error).contains(MessageDecoder.INTERNAL_ERROR),
                () -> error + " for " + abbreviate(frame));
        assertEquals(document.get("tags") != null, error != null && isTagged(document),
                () -> "tag without reason for " + abbreviate(frame));
    }

    private static boolean isTagged(Map<String, Object> document) {
        return document.get("tags") instanceof List && ((List<?>) document.get("tags")).contains(
                MessageDecoder.FAILURE_TAG);
    }

    private static String abbreviate(String frame) {
        return frame.length() > 200 ? frame.substring(0, 200) + "..." : frame;
    }
}
