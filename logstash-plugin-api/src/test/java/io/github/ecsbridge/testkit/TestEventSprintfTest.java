package io.github.ecsbridge.testkit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestEventSprintfTest {

    private static TestEvent event() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("ip", "10.0.0.1");
        source.put("port", 514);
        return new TestEvent(Map.of(
                "@timestamp", "2026-01-02T03:04:05.678Z",
                "host", "gw-1",
                "source", source,
                "list", List.of("a", 1, 2.5),
                "flag", true));
    }

    @Test
    void textWithoutReferencesIsReturnedUnchanged() {
        assertEquals("plain text", event().sprintf("plain text"));
        assertEquals("100%{ no close", event().sprintf("100%{ no close"));
    }

    @Test
    void fieldReferencesAreReplacedByTheirValues() {
        assertEquals("gw-1 10.0.0.1:514 true",
                event().sprintf("%{host} %{[source][ip]}:%{[source][port]} %{flag}"));
    }

    @Test
    void aMissingFieldLeavesTheReferenceText() {
        assertEquals("x-%{absent}-%{[a][b]}", event().sprintf("x-%{absent}-%{[a][b]}"));
    }

    @Test
    void listsJoinWithCommasAndMapsBecomeJson() {
        assertEquals("a,1,2.5", event().sprintf("%{list}"));
        assertEquals("{\"ip\":\"10.0.0.1\",\"port\":514}", event().sprintf("%{source}"));
    }

    @Test
    void timestampFieldPrintsIsoUtc() {
        assertEquals("at 2026-01-02T03:04:05.678Z", event().sprintf("at %{@timestamp}"));
    }

    @Test
    void jodaStyleDatePatternsFormatTheTimestampInUtc() {
        assertEquals("logs-2026.01.02", event().sprintf("logs-%{+yyyy.MM.dd}"));
        assertEquals("logs-2026.01.02", event().sprintf("logs-%{+YYYY.MM.dd}"));
        assertEquals("03:04", event().sprintf("%{+HH:mm}"));
    }

    @Test
    void epochSecondsPattern() {
        assertEquals(Long.toString(Instant.parse("2026-01-02T03:04:05Z").getEpochSecond()),
                event().sprintf("%{+%s}"));
    }

    @Test
    void javaStyleDatePatternsUseDoubleBraces() {
        assertEquals("2026-01-02 tail", event().sprintf("%{{yyyy-MM-dd}} tail"));
    }

    @Test
    void datePatternsExpandToNothingWithoutTimestamp() {
        TestEvent event = event();
        event.remove("@timestamp");
        assertEquals("logs-|", event.sprintf("logs-%{+yyyy}|%{+%s}"));
    }

    @Test
    void anInvalidReferenceInATemplateThrows() {
        assertThrows(FieldReference.IllegalSyntaxException.class, () -> event().sprintf("%{a[b]}"));
    }

    @Test
    void jsonEscapesQuotesAndControlCharacters() {
        TestEvent event = new TestEvent(Map.of("m", Map.of("q", "say \"hi\"\n\u0001")));
        assertEquals("{\"q\":\"say \\\"hi\\\"\\n\\u0001\"}", event.sprintf("%{m}"));
    }
}
