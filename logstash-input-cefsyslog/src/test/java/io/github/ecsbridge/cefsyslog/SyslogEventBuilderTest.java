package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyslogEventBuilderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-04T10:00:00Z"), ZoneOffset.UTC);
    private static final String CEF_LINE =
            "<134>Jul  4 09:16:35 fw01 CEF:0|Acme|Firewall|1.0|100|Blocked|5|src=10.0.0.1 dst=10.0.0.2";
    private static final PeerAddress PEER = PeerAddress.of(new InetSocketAddress("192.0.2.7", 51514));

    private static MessageDecoder decoder(EcsCompatibility mode) {
        return new MessageDecoder(DecoderOptions.builder().clock(CLOCK).ecsCompatibility(mode).build());
    }

    private static Map<String, Object> build(EcsCompatibility mode, String text, Set<FrameDefect> defects,
                                             long originalLength) {
        SyslogEventBuilder builder = new SyslogEventBuilder(decoder(mode), mode, 64, InputMetrics.disabled());
        return builder.build(new ReceivedFrame(text, text.length(), defects, originalLength, PEER));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withSender(Map<String, Object> event) {
        Map<String, Object> expected = new LinkedHashMap<>(event);
        Map<String, Object> log = new LinkedHashMap<>((Map<String, Object>) expected.getOrDefault("log", Map.of()));
        log.put("source", Map.of("address", "192.0.2.7:51514"));
        expected.put("log", log);
        expected.put("@metadata", Map.of("cefsyslog", Map.of("original", CEF_LINE)));
        return expected;
    }

    @Test
    void ecsEventIsTheDecodedDocumentWithTheSenderInLogSourceAddress() {
        Map<String, Object> expected = withSender(decoder(EcsCompatibility.V8).decode(CEF_LINE));
        assertEquals(expected, build(EcsCompatibility.V8, CEF_LINE, Set.of(), CEF_LINE.length()));
    }

    @Test
    void legacyEventHasTheSenderIpInHost() {
        Map<String, Object> expected = new LinkedHashMap<>(decoder(EcsCompatibility.DISABLED).decode(CEF_LINE));
        expected.put("host", "192.0.2.7");
        expected.put("@metadata", Map.of("cefsyslog", Map.of("original", CEF_LINE)));
        assertEquals(expected, build(EcsCompatibility.DISABLED, CEF_LINE, Set.of(), CEF_LINE.length()));
    }

    @Test
    void frameTextIsInMetadataWithoutPreserveOriginalAndIsWhatEventOriginalWouldHold() {
        String text = "<13>Jul  4 09:16:35 host app: caf\uFFFD";
        Map<String, Object> event = build(EcsCompatibility.V8, text, Set.of(FrameDefect.INVALID_UTF8), 36);
        assertEquals(Map.of("cefsyslog", Map.of("original", text)), event.get("@metadata"));
        assertEquals(null, event.get("event"));

        MessageDecoder preserving = new MessageDecoder(DecoderOptions.builder().clock(CLOCK).preserveOriginal(true)
                .build());
        SyslogEventBuilder builder = new SyslogEventBuilder(preserving, EcsCompatibility.V8, 64,
                InputMetrics.disabled());
        Map<String, Object> preserved = builder.build(new ReceivedFrame(text, 36, Set.of(), 36, PEER));
        assertEquals(Map.of("original", text), preserved.get("event"));
        assertEquals(Map.of("cefsyslog", Map.of("original", text)), preserved.get("@metadata"));
    }

    @Test
    void frameDefectsBecomeFailureReasons() {
        String text = "<13>Jul  4 09:16:35 host app: cut here";
        Map<String, Object> event = build(EcsCompatibility.V8, text,
                EnumSet.of(FrameDefect.OVERSIZED, FrameDefect.INVALID_UTF8), 70_000);
        assertEquals(List.of(MessageDecoder.FAILURE_TAG), event.get("tags"));
        assertEquals(List.of("message of 70000 bytes exceeds max_message_size (64 bytes), truncated",
                "message is not valid UTF-8, invalid bytes replaced with U+FFFD"), errorMessages(event));
    }

    @Test
    void reasonsSayWhatIsKnown() {
        assertEquals(List.of("message exceeds max_message_size (64 bytes), truncated"),
                errorMessages(build(EcsCompatibility.V8, "x", Set.of(FrameDefect.OVERSIZED), RawFrame.UNKNOWN_LENGTH)));
        assertEquals(List.of("connection closed after 1 of the 300 bytes of a frame"),
                errorMessages(build(EcsCompatibility.V8, "x", Set.of(FrameDefect.TRUNCATED), 300)));
        assertEquals(List.of("connection closed after 1 bytes of a frame"),
                errorMessages(build(EcsCompatibility.V8, "x", Set.of(FrameDefect.TRUNCATED), RawFrame.UNKNOWN_LENGTH)));
        assertEquals(List.of("frame does not start with an octet count (MSG-LEN SP), read up to the next LF"),
                errorMessages(build(EcsCompatibility.V8, "x", Set.of(FrameDefect.INVALID_OCTET_COUNT), 1)));
    }

    @Test
    void plainSyslogLineIsNotAFailure() {
        Map<String, Object> event = build(EcsCompatibility.V8, "<13>Jul  4 09:16:35 host app: hello", Set.of(), 36);
        assertEquals(null, event.get("tags"));
        assertEquals("hello", event.get("message"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> errorMessages(Map<String, Object> event) {
        Object message = ((Map<String, Object>) event.get("error")).get("message");
        return message instanceof List ? (List<String>) message : List.of((String) message);
    }
}
