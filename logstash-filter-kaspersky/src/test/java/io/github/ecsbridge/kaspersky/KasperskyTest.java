package io.github.ecsbridge.kaspersky;

import co.elastic.logstash.api.Event;
import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import io.github.ecsbridge.samples.SampleLine;
import io.github.ecsbridge.testkit.EventDocuments;
import io.github.ecsbridge.testkit.PluginContract;
import io.github.ecsbridge.testkit.Plugins;
import io.github.ecsbridge.testkit.TestConfiguration;
import io.github.ecsbridge.testkit.TestContext;
import io.github.ecsbridge.testkit.TestEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Logstash adapter: options, event handling, failures and sharing one instance between workers. */
class KasperskyTest {

    private static final String AV_LINE = "<18>Apr  2 10:13:05 ksmg01 KSMG: CEF:0|AO Kaspersky Lab|"
            + "Kaspersky Secure Mail Gateway|1.1.2.30|LMS_EV_SCAN_LOGIC_AV_STATUS|Anti-Virus scan result|High|"
            + "cs1=4ZnD cs1Label=MessageId src=198.51.100.23 act=Rejected outcome=Infected";
    private static final String BROKEN_LINE = "<18>Apr  2 10:13:05 ksmg01 KSMG: CEF:0|AO Kaspersky Lab|"
            + "Kaspersky Secure Mail Gateway|2.1.0.1234|LMS_EV_SCAN_LOGIC_AV_STATUS|Anti-Virus status";

    @Test
    void isAValidLogstashFilterNamedKaspersky() {
        PluginContract.assertValidFilter(Kaspersky.class, "kaspersky");
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiter = '|', value = {
        "timezone|Mars/Olympus|[timezone] unknown time zone 'Mars/Olympus'",
        "target|[vendor][kaspersky|[target] '[vendor][kaspersky' is not a field reference such as message or "
            + "[log][original]",
        "target|vendor.kaspersky|[target] 'vendor.kaspersky' must not contain dots; write nested fields as [a][b]",
        "source|[]|[source] '[]' is not a field reference such as message or [log][original]",
        "source|' '|[source] must not be empty",
        "ecs_compatibility|v2|[ecs_compatibility] must be one of [disabled, v1, v8], got 'v2'",
        "tag_on_failure|' '|[tag_on_failure] must not be empty"})
    void invalidOptionsAreRejectedWithTheirName(String option, String value, String message) {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> Plugins.instantiate(Kaspersky.class, Map.of(option, value)));
        assertEquals(IllegalArgumentException.class, error.getCause().getClass());
        assertEquals(message, error.getCause().getMessage());
    }

    @Test
    void rawKasperskyLineIsDecodedMappedAndReportedAsMatched() {
        Kaspersky filter = filter(Map.of());
        TestEvent event = rawEvent(AV_LINE);
        List<Event> matched = new ArrayList<>();
        Collection<Event> out = filter.filter(List.of(event), matched::add);
        assertEquals(List.of(event), List.copyOf(out));
        assertEquals(List.of(event), matched);
        assertEquals("alert", event.getField("[event][kind]"));
        assertEquals("Infected", event.getField("[kaspersky][ksmg][scan_status]"));
        assertEquals("2026-04-02T10:13:05Z", event.getEventTimestamp().toString());
    }

    @Test
    void eventsOfOtherVendorsPassUntouchedWithTheirOtherFields() {
        Kaspersky filter = filter(Map.of());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("message", "<134>Feb 18 10:07:28 fw01 CEF:0|Security|threatmanager|1.0|100|worm|10|src=10.0.0.1");
        fields.put("@timestamp", GoldenAssert.NOW.toString());
        fields.put("app", Map.of("team", "soc", "ids", List.of(1L, 2L)));
        fields.put("tags", List.of("from-tcp"));
        TestEvent event = new TestEvent(fields);
        Map<String, Object> before = EventDocuments.toPlainMap(event);
        List<Event> matched = new ArrayList<>();
        filter.filter(List.of(event), matched::add);
        assertEquals(before, EventDocuments.toPlainMap(event));
        assertEquals(List.of(), matched);
    }

    @Test
    void fieldsUnrelatedToTheMappingSurviveIt() {
        Map<String, Object> decoded = new HashMap<>(TestLines.decoded(AV_LINE));
        decoded.put("app", Map.of("team", "soc"));
        decoded.put("host", Map.of("hostname", "logstash-01"));
        TestEvent event = new TestEvent(decoded);
        filter(Map.of()).filter(List.of(event), e -> { });
        assertEquals(Map.of("team", "soc"), event.getField("[app]"));
        assertEquals("logstash-01", event.getField("[host][hostname]"));
        assertEquals("4ZnD", event.getField("[kaspersky][ksmg][message_id]"));
    }

    @Test
    void undecodableKasperskyCefIsTaggedAndKeepsItsText() {
        TestEvent event = rawEvent(BROKEN_LINE);
        List<Event> matched = new ArrayList<>();
        filter(Map.of()).filter(List.of(event), matched::add);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("@timestamp", "2026-06-01T00:00:00.000Z");
        expected.put("message", BROKEN_LINE);
        expected.put("tags", List.of("_kasperskyparsefailure"));
        expected.put("error", Map.of("message", "incomplete CEF header: found 5 of 7 pipe-terminated fields at position 142"));
        Map<String, Object> actual = EventDocuments.toPlainMap(event);
        actual.remove("@version");
        assertEquals(expected, actual);
        assertEquals(List.of(), matched);
    }

    @Test
    void undecodableCefOfAnotherVendorIsNotTagged() {
        String line = "CEF:0|Security|threatmanager|1.0|100|worm";
        TestEvent event = rawEvent(line);
        filter(Map.of()).filter(List.of(event), e -> { });
        assertNull(event.getField("tags"));
        assertEquals(line, event.getField("message"));
    }

    @Test
    void failureTagIsConfigurable() {
        TestEvent event = rawEvent(BROKEN_LINE);
        filter(Map.of("tag_on_failure", "_ksmg_broken")).filter(List.of(event), e -> { });
        assertEquals(List.of("_ksmg_broken"), event.getField("tags"));
    }

    @Test
    void preserveOriginalKeepsTheRawLineOfOtherInputs() {
        TestEvent event = rawEvent(AV_LINE);
        filter(Map.of("preserve_original", true)).filter(List.of(event), e -> { });
        assertEquals(AV_LINE, event.getField("[event][original]"));
    }

    @Test
    void sourceAndTargetOptionsMoveInputAndVendorFields() {
        TestEvent event = new TestEvent(Map.of("log", Map.of("original", AV_LINE)));
        filter(Map.of("source", "[log][original]", "target", "[vendor][kaspersky]"))
                .filter(List.of(event), e -> { });
        assertEquals("Infected", event.getField("[vendor][kaspersky][ksmg][scan_status]"));
        assertNull(event.getField("[kaspersky]"));
        assertEquals("alert", event.getField("[event][kind]"));
    }

    @Test
    void timezoneOptionReadsTimesThatCarryNoZone() {
        String line = "CEF:0|AO Kaspersky Lab|Kaspersky Secure Mail Gateway|1.1|LMS_EV_LICENSE_EXPIRED|Expired|High|"
                + "rt=Mar 07 2026 00:00:06 deviceCustomDate1=Feb 28 2026 00:00:00 deviceCustomDate1Label=ExpirationDate";
        TestEvent event = rawEvent(line);
        filter(Map.of("timezone", "Europe/Moscow")).filter(List.of(event), e -> { });
        assertEquals("2026-03-06T21:00:06Z", event.getEventTimestamp().toString());
        assertEquals("2026-02-27T21:00:00.000Z", event.getField("[kaspersky][ksmg][license_expiration_date]"));
    }

    @Test
    void legacyModeKeepsTheCodecNamesAndAddsOnlyVendorFields() {
        TestEvent event = rawEvent(AV_LINE);
        filter(Map.of("ecs_compatibility", "disabled")).filter(List.of(event), e -> { });
        assertEquals("LMS_EV_SCAN_LOGIC_AV_STATUS", event.getField("deviceEventClassId"));
        assertEquals("Infected", event.getField("[kaspersky][ksmg][scan_status]"));
        assertNull(event.getField("[event][kind]"));
    }

    @Test
    void oneInstanceServesManyWorkersWithTheSameResults() throws InterruptedException, ExecutionException {
        Kaspersky shared = filter(Map.of());
        List<String> lines = new ArrayList<>();
        for (SampleFile file : SampleCorpus.standard().files("kaspersky")) {
            file.lines().stream().map(SampleLine::raw).forEach(lines::add);
        }
        List<Map<String, Object>> expected = new ArrayList<>();
        for (String line : lines) {
            expected.add(run(shared, line));
        }
        ExecutorService workers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Map<String, Object>>>> results = new ArrayList<>();
            for (int worker = 0; worker < 8; worker++) {
                int offset = worker;
                results.add(workers.submit(() -> {
                    List<Map<String, Object>> documents = new ArrayList<>(lines.size());
                    for (int round = 0; round < 2; round++) {
                        documents.clear();
                        for (int i = 0; i < lines.size(); i++) {
                            documents.add(null);
                        }
                        for (int i = 0; i < lines.size(); i++) {
                            int index = (i + offset * 7) % lines.size();
                            documents.set(index, run(shared, lines.get(index)));
                        }
                    }
                    return documents;
                }));
            }
            for (Future<List<Map<String, Object>>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void legacyCefsyslogEventsAreMappedFromTheFrameInMetadataLikeRawLines() {
        Kaspersky legacy = filter(Map.of("ecs_compatibility", "disabled"));
        MessageDecoder decoder = new MessageDecoder(DecoderOptions.builder().zone(ZoneOffset.UTC)
                .clock(GoldenAssert.CLOCK).ecsCompatibility(EcsCompatibility.DISABLED).build());
        for (SampleFile file : SampleCorpus.standard().files("kaspersky")) {
            for (SampleLine line : file.lines()) {
                // What the cefsyslog input emits in legacy mode: message is the MSG part or the CEF msg.
                Map<String, Object> input = decoder.decode(line.raw());
                input.put("@metadata", new HashMap<>(Map.of("cefsyslog", new HashMap<>(Map.of("original",
                        line.raw())))));
                TestEvent fromInput = new TestEvent(input);
                List<Event> matched = new ArrayList<>();
                legacy.filter(List.of(fromInput), matched::add);
                TestEvent raw = new TestEvent(Map.of("message", line.raw(), "@timestamp",
                        fromInput.getEventTimestamp().toString()));
                legacy.filter(List.of(raw), e -> { });
                assertEquals(List.of(fromInput), matched, line.location());
                assertEquals(EventDocuments.toPlainMap(raw), EventDocuments.toPlainMap(fromInput), line.location());
            }
        }
    }

    @Test
    void filterReturnsTheBatchItWasGiven() {
        List<Event> batch = List.of(rawEvent(AV_LINE), rawEvent("plain text"), new TestEvent(Map.of()));
        assertSame(batch, filter(Map.of()).filter(batch, e -> { }));
    }

    private static Map<String, Object> run(Kaspersky filter, String line) {
        TestEvent event = new TestEvent(TestLines.decoded(line));
        filter.filter(List.of(event), e -> { });
        return EventDocuments.toPlainMap(event);
    }

    private static TestEvent rawEvent(String line) {
        return new TestEvent(Map.of("message", line, "@timestamp", GoldenAssert.NOW.toString()));
    }

    private static Kaspersky filter(Map<String, ?> options) {
        return new Kaspersky("test", new TestConfiguration(options), new TestContext(), GoldenAssert.CLOCK);
    }
}
