package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.elastic.logstash.api.Event;
import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import io.github.ecsbridge.samples.SampleLine;
import io.github.ecsbridge.testkit.EventDocuments;
import io.github.ecsbridge.testkit.PluginContract;
import io.github.ecsbridge.testkit.TestConfiguration;
import io.github.ecsbridge.testkit.TestContext;
import io.github.ecsbridge.testkit.TestEvent;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code cisco_esa} filter as Logstash runs it: options, events from each kind of input, failures, threads. */
class CiscoEsaTest {

    private static final MessageDecoder ECS_DECODER = new MessageDecoder(DecoderOptions.builder()
            .zone(ZoneOffset.UTC).clock(GoldenAssert.CLOCK).build());
    private static final MessageDecoder LEGACY_DECODER = new MessageDecoder(DecoderOptions.builder()
            .zone(ZoneOffset.UTC).clock(GoldenAssert.CLOCK).ecsCompatibility(EcsCompatibility.DISABLED).build());
    private static final String RAW =
            "<166>Mar 17 18:24:37 esa1.example.com mail_logs: Info: MID 6 ICID 5 From: <a@example.com>";

    static List<SampleFile> sampleFiles() {
        return SampleCorpus.standard().files("cisco_esa");
    }

    @Test
    void isAValidLogstashFilter() {
        PluginContract.assertValidFilter(CiscoEsa.class, "cisco_esa");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void sampleLinesBecomeTheirExpectedDocumentsThroughTheFilter(SampleFile file) {
        CiscoEsa filter = filter(Map.of("preserve_original", true));
        GoldenAssert.assertMatches(file, line -> run(filter, rawEvent(line.raw())));
    }

    @Test
    void syslogInputEventWithoutOriginalGivesTheRawLineDocument() {
        Map<String, Object> expected = run(filter(Map.of()), rawEvent(RAW));
        expected.put("log", new LinkedHashMap<>(Map.of("level", "info", "syslog", Map.of("priority", 166L,
                "appname", "mail_logs", "hostname", "esa1.example.com"))));
        Map<String, Object> input = syslogInputEvent("Info: MID 6 ICID 5 From: <a@example.com>");
        assertEquals(expected, run(filter(Map.of()), new TestEvent(input)));
    }

    @Test
    void syslogInputEventIsReparsedFromItsOriginalFrame() {
        Map<String, Object> expected = run(filter(Map.of("preserve_original", true)), rawEvent(RAW));
        expected.put("log", new LinkedHashMap<>(Map.of("level", "info", "syslog", Map.of("priority", 166L,
                "appname", "mail_logs", "hostname", "esa1.example.com"))));
        Map<String, Object> input = syslogInputEvent("Info: MID 6 ICID 5 From: <a@example.com>");
        input.put("event", Map.of("original", RAW));
        assertEquals(expected, run(filter(Map.of("preserve_original", true)), new TestEvent(input)));
    }

    @Test
    void ciscoCefRecordDecodedByAnInputThatKeptNoFrameIsTagged() {
        Map<String, Object> input = syslogInputEvent("Testing");
        input.put("cef", Map.of("version", "0"));
        input.put("observer", Map.of("vendor", "Cisco"));
        Map<String, Object> document = run(filter(Map.of()), new TestEvent(input));
        assertEquals(Map.of(
                "@timestamp", "2026-03-17T18:24:37.000Z",
                "message", "Testing",
                "cef", Map.of("version", "0"),
                "observer", Map.of("vendor", "Cisco"),
                "log", Map.of("syslog", Map.of("priority", 166L, "appname", "mail_logs",
                        "hostname", "esa1.example.com")),
                "tags", List.of("_ciscoesaparsefailure"),
                "error", Map.of("message", "[event.original] is needed for CEF records the input decoded; "
                        + "set preserve_original on the input")), document);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void cefsyslogEventsWithoutOriginalAreReparsedFromMetadataLikeTheRawLine(SampleFile file) {
        CiscoEsa filter = filter(Map.of("preserve_original", true));
        for (SampleLine line : file.lines()) {
            Map<String, Object> fromMetadata = run(filter, cefsyslogEvent(ECS_DECODER, line.raw(), false));
            assertEquals(run(filter, cefsyslogEvent(ECS_DECODER, line.raw(), true)), fromMetadata, line.location());
            assertEquals(line.expected().get("cisco_secure_email_gateway"),
                    fromMetadata.get("cisco_secure_email_gateway"), line.location());
            assertEquals(line.expected().get("@timestamp"), fromMetadata.get("@timestamp"), line.location());
            assertEquals(null, fromMetadata.get("tags"), line.location());
        }
    }

    @Test
    void consolidatedEventFromCefsyslogWithoutOriginalGetsEveryFieldOfTheRawLine() {
        String frame = "<14>Jul 24 09:43:00 esa3.example.com consolidated_event: CEF:0|Cisco|C390 Email Security "
                + "Appliance|15.0.0-068|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|deviceExternalId=D4E8 "
                + "ESAMID=35073373 act=DELIVERED msg=Quarterly report";
        Map<String, Object> document = run(filter(Map.of()), cefsyslogEvent(ECS_DECODER, frame, false));
        assertEquals(Map.of(
                "@timestamp", "2026-07-24T09:43:00.000Z",
                "cisco_secure_email_gateway", Map.of("log", Map.of(
                        "act", "DELIVERED",
                        "appliance", Map.of("product", "C390 Email Security Appliance", "vendor", "Cisco",
                                "version", "15.0.0-068"),
                        "category", Map.of("name", "consolidated_event"),
                        "cef_format_version", "0",
                        "event", Map.of("name", "Consolidated Log Event"),
                        "event_class_id", "ESA_CONSOLIDATED_LOG_EVENT",
                        "host", "esa3.example.com",
                        "message", frame.substring(frame.indexOf("CEF:")))),
                "data_stream", Map.of("dataset", "cisco_secure_email_gateway.log"),
                "ecs", Map.of("version", "8.17.0"),
                "email", Map.of("message_id", "35073373", "subject", "Quarterly report"),
                "event", Map.of("action", "DELIVERED", "code", "ESA_CONSOLIDATED_LOG_EVENT",
                        "dataset", "cisco_secure_email_gateway.log", "kind", "event",
                        "module", "cisco_secure_email_gateway", "severity", "5", "timezone", "UTC"),
                "host", Map.of("id", "D4E8"),
                "log", Map.of("syslog", Map.of("appname", "consolidated_event", "hostname", "esa3.example.com",
                        "priority", 14L, "facility", Map.of("code", 1L, "name", "user-level"),
                        "severity", Map.of("code", 6L, "name", "Informational"))),
                "cef", Map.of("version", "0", "name", "Consolidated Log Event", "extensions", Map.of(
                        "deviceExternalId", "D4E8", "ESAMID", "35073373", "deviceAction", "DELIVERED",
                        "message", "Quarterly report")),
                "observer", Map.of("name", "D4E8", "vendor", "Cisco", "product", "C390 Email Security Appliance",
                        "version", "15.0.0-068")), document);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kasperskyLines")
    void kasperskyEventsFromCefsyslogPassUntouched(SampleLine line) {
        CiscoEsa filter = filter(Map.of());
        assertPassesUntouched(filter, cefsyslogEvent(ECS_DECODER, line.raw(), false));
        assertPassesUntouched(filter, cefsyslogEvent(LEGACY_DECODER, line.raw(), false));
        // Without @metadata, as after a Logstash-to-Logstash hop: the decoded fields alone tell.
        assertPassesUntouched(filter, new TestEvent(ECS_DECODER.decode(line.raw())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kasperskyLines")
    void kasperskyRawLinesPassUntouched(SampleLine line) {
        assertPassesUntouched(filter(Map.of()), rawEvent(line.raw()));
    }

    @Test
    void rfc5424EventsOfOtherProgramsPassUntouched() {
        String line = "<34>1 2026-05-30T09:21:00.000Z web01.example.com sshd 4242 - - Accepted publickey for alice";
        assertPassesUntouched(filter(Map.of()), new TestEvent(ECS_DECODER.decode(line)));
        assertPassesUntouched(filter(Map.of()), rawEvent(line));
    }

    @Test
    void bsdSyslogLinesOfOtherProgramsPassUntouched() {
        for (String line : List.of("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8",
                "<38>Nov 20 10:00:00 web01 sshd[123]: Accepted publickey for alice")) {
            assertPassesUntouched(filter(Map.of()), new TestEvent(ECS_DECODER.decode(line)));
            assertPassesUntouched(filter(Map.of()), rawEvent(line));
        }
    }

    @Test
    void unknownCategoryIsKeptWithTheCommonFieldsWhenAsked() {
        String line = "<166>Sep 12 11:00:00 esa1 my_subscription: Info: something happened";
        assertPassesUntouched(filter(Map.of()), rawEvent(line));
        assertEquals(Map.of(
                "@timestamp", "2026-09-12T11:00:00.000Z",
                "cisco_secure_email_gateway", Map.of("log", Map.of("category", Map.of("name", "my_subscription"),
                        "host", "esa1", "message", "something happened")),
                "data_stream", Map.of("dataset", "cisco_secure_email_gateway.log"),
                "ecs", Map.of("version", "8.17.0"),
                "event", Map.of("dataset", "cisco_secure_email_gateway.log",
                        "module", "cisco_secure_email_gateway", "timezone", "UTC"),
                "log", Map.of("level", "info", "syslog", Map.of("priority", 166L))),
                run(filter(Map.of("keep_unknown_categories", true)), rawEvent(line)));
    }

    @Test
    void eventMappedByAnotherVendorFilterPassesUntouched() {
        TestEvent event = rawEvent(RAW);
        event.setField("[event][module]", "kaspersky");
        assertPassesUntouched(filter(Map.of()), event);
    }

    @Test
    void cefTextInsideAnEsaMessageDoesNotMakeItAnotherVendors() {
        String line = "<166>Sep 12 11:00:00 mail_logs: Info: MID 7 Subject 'CEF:0|Acme|Firewall|1|2|x|3|'";
        assertEquals(Map.of(
                "@timestamp", "2026-09-12T11:00:00.000Z",
                "cisco_secure_email_gateway", Map.of("log", Map.of("category", Map.of("name", "mail_logs"),
                        "message", "MID 7 Subject 'CEF:0|Acme|Firewall|1|2|x|3|'",
                        "subject", "CEF:0|Acme|Firewall|1|2|x|3|")),
                "data_stream", Map.of("dataset", "cisco_secure_email_gateway.log"),
                "ecs", Map.of("version", "8.17.0"),
                "email", Map.of("message_id", "7"),
                "event", Map.of("dataset", "cisco_secure_email_gateway.log", "kind", "event",
                        "module", "cisco_secure_email_gateway", "timezone", "UTC"),
                "log", Map.of("level", "info", "syslog", Map.of("priority", 166L))),
                run(filter(Map.of()), rawEvent(line)));
    }

    @Test
    void ftpFileNameGivesLogTypeAndHost() {
        Map<String, Object> input = new HashMap<>();
        input.put("message", "Thu Mar 17 18:24:37 2022 Critical: Quarantine: Failed to connect to quarantine");
        input.put("log", Map.of("file", Map.of("path", "/var/log/esa/error_logs.esa1.example.com.@20220317T182437.s")));
        Map<String, Object> document = run(filter(Map.of()), new TestEvent(input));
        assertEquals(Map.of(
                "@timestamp", "2022-03-17T18:24:37.000Z",
                "cisco_secure_email_gateway", Map.of("log", Map.of("alert_category", "Quarantine",
                        "category", Map.of("name", "error_logs"), "description", "Failed to connect to quarantine",
                        "host", "esa1.example.com", "message", "Quarantine: Failed to connect to quarantine")),
                "data_stream", Map.of("dataset", "cisco_secure_email_gateway.log"),
                "ecs", Map.of("version", "8.17.0"),
                "event", Map.of("dataset", "cisco_secure_email_gateway.log", "kind", "event",
                        "module", "cisco_secure_email_gateway", "timezone", "UTC", "type", List.of("error")),
                "log", Map.of("file", Map.of("path", "/var/log/esa/error_logs.esa1.example.com.@20220317T182437.s"),
                        "level", "critical")), document);
    }

    @Test
    void eventWithoutSourceIsTaggedAndLeftAsItWas() {
        Map<String, Object> document = run(filter(Map.of()), new TestEvent(Map.of("@timestamp", "2026-06-01T00:00:00Z",
                "host", Map.of("name", "relay"))));
        assertEquals(Map.of("@timestamp", "2026-06-01T00:00:00.000Z", "host", Map.of("name", "relay"),
                "tags", List.of("_ciscoesaparsefailure"),
                "error", Map.of("message", "[source] field message is missing or not a string")), document);
    }

    @Test
    void configuredFailureTagsAndSourceAreUsed() {
        Map<String, Object> document = run(filter(Map.of("source", "[raw][line]", "tag_on_failure",
                List.of("esa_failed", "needs_review"))), new TestEvent(Map.of("@timestamp", "2026-06-01T00:00:00Z",
                "raw", Map.of("line", List.of("not", "a", "string")))));
        assertEquals(Map.of("@timestamp", "2026-06-01T00:00:00.000Z",
                "raw", Map.of("line", List.of("not", "a", "string")),
                "tags", List.of("esa_failed", "needs_review"),
                "error", Map.of("message", "[source] field [raw][line] is missing or not a string")), document);
    }

    @Test
    void undecodableValueIsTaggedButTheOtherFieldsAndTheSourceStay() {
        String line = "<166>Feb 30 10:00:00 status: Info: Status: CPULd 5x DskIO 1";
        Map<String, Object> document = run(filter(Map.of()), rawEvent(line));
        assertEquals(Map.of(
                "@timestamp", "2026-06-01T00:00:00.000Z",
                "message", line,
                "cisco_secure_email_gateway", Map.of("log", Map.of("category", Map.of("name", "status"),
                        "disk_io", 1L, "message", "Status: CPULd 5x DskIO 1")),
                "data_stream", Map.of("dataset", "cisco_secure_email_gateway.log"),
                "ecs", Map.of("version", "8.17.0"),
                "error", Map.of("message", "[@timestamp] cannot read 'Feb 30 10:00:00' as a date; "
                        + "[cisco_secure_email_gateway.log.cpu.utilization] cannot read '5x' as long"),
                "event", Map.of("dataset", "cisco_secure_email_gateway.log", "kind", "event",
                        "module", "cisco_secure_email_gateway", "timezone", "UTC"),
                "log", Map.of("level", "info", "syslog", Map.of("priority", 166L)),
                "tags", List.of("_ciscoesaparsefailure")), document);
    }

    @Test
    void disabledEcsCompatibilityKeepsTheSourceAndOmitsEcsVersion() {
        Map<String, Object> document = run(filter(Map.of("ecs_compatibility", "disabled")),
                rawEvent("<166>Mar 17 18:24:37 mail_logs: Info: ICID 5 close"));
        assertEquals(Map.of(
                "@timestamp", "2026-03-17T18:24:37.000Z",
                "message", "<166>Mar 17 18:24:37 mail_logs: Info: ICID 5 close",
                "cisco_secure_email_gateway", Map.of("log", Map.of("category", Map.of("name", "mail_logs"),
                        "connection_status", "close", "injection_connection_id", "5", "message", "ICID 5 close")),
                "data_stream", Map.of("dataset", "cisco_secure_email_gateway.log"),
                "event", Map.of("dataset", "cisco_secure_email_gateway.log", "kind", "event",
                        "module", "cisco_secure_email_gateway", "timezone", "UTC"),
                "log", Map.of("level", "info", "syslog", Map.of("priority", 166L))), document);
    }

    @Test
    void timezoneAndLogTypeOptionsApply() {
        Map<String, Object> document = run(filter(Map.of("timezone", "Europe/Paris", "log_type", "system")),
                rawEvent("<166>Mar 17 18:24:37 esa_system_custom: Info: PID 7: User admin commit changes: x"));
        assertEquals(Map.of(
                "@timestamp", "2026-03-17T17:24:37.000Z",
                "cisco_secure_email_gateway", Map.of("log", Map.of("category", Map.of("name", "system"),
                        "commit_changes", " x", "message", "PID 7: User admin commit changes: x")),
                "data_stream", Map.of("dataset", "cisco_secure_email_gateway.log"),
                "ecs", Map.of("version", "8.17.0"),
                "event", Map.of("dataset", "cisco_secure_email_gateway.log", "kind", "event",
                        "module", "cisco_secure_email_gateway", "timezone", "Europe/Paris"),
                "log", Map.of("level", "info", "syslog", Map.of("priority", 166L)),
                "process", Map.of("pid", 7L),
                "related", Map.of("user", List.of("admin")),
                "user", Map.of("name", "admin")), document);
    }

    @Test
    void unrelatedFieldsAndTagsAreLeftUntouched() {
        Map<String, Object> input = new HashMap<>();
        input.put("message", "<166>Mar 17 18:24:37 mail_logs: Info: DCID 8 close");
        input.put("tags", List.of("from_relay"));
        input.put("labels", Map.of("site", "paris", "rack", 12L));
        Map<String, Object> document = run(filter(Map.of()), new TestEvent(input));
        assertEquals(List.of("from_relay"), document.get("tags"));
        assertEquals(Map.of("site", "paris", "rack", 12L), document.get("labels"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "timezone|Mars/Olympus|[timezone] must be an IANA time zone such as Europe/Paris or an offset such as "
                + "+02:00, got 'Mars/Olympus'",
        "log_type|maillogs|[log_type] must be one of [amp, antispam, antivirus, authentication, bounces, "
                + "consolidated_event, SplunkGIS, content_scanner, error_logs, gui_logs, mail_logs, status, system], "
                + "got 'maillogs'",
        "ecs_compatibility|v9|[ecs_compatibility] must be one of [disabled, v1, v8], got 'v9'",
        "source|' '|[source] must name a field",
    })
    void invalidOptionIsRejectedWithItsName(String option, String value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> filter(Map.of(option, value)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void blankFailureTagIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> filter(Map.of("tag_on_failure", List.of("ok", " "))));
        assertEquals("[tag_on_failure] tags must not be blank, got ' '", e.getMessage());
    }

    @Test
    void oneInstanceGivesTheSameDocumentsToManyThreads() throws Exception {
        CiscoEsa filter = filter(Map.of("preserve_original", true));
        List<SampleLine> lines = new ArrayList<>();
        sampleFiles().forEach(file -> lines.addAll(file.lines()));
        List<Map<String, Object>> alone = lines.stream().map(line -> run(filter, rawEvent(line.raw()))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Map<String, Object>>>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                results.add(pool.submit(() -> lines.stream().map(line -> run(filter, rawEvent(line.raw()))).toList()));
            }
            for (Future<List<Map<String, Object>>> result : results) {
                assertEquals(alone, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static Stream<SampleLine> kasperskyLines() {
        return SampleCorpus.standard().files("kaspersky").stream().flatMap(file -> file.lines().stream());
    }

    private static void assertPassesUntouched(CiscoEsa filter, TestEvent event) {
        Map<String, Object> before = EventDocuments.toPlainMap(event);
        List<Event> matched = new ArrayList<>();
        filter.filter(List.of(event), matched::add);
        assertEquals(before, EventDocuments.toPlainMap(event));
        assertEquals(List.of(), matched);
    }

    /** The event the cefsyslog input makes of a frame: the decoded document, the frame in @metadata. */
    private static TestEvent cefsyslogEvent(MessageDecoder decoder, String frame, boolean withOriginal) {
        Map<String, Object> input = decoder.decode(frame);
        EcsDocument document = new EcsDocument(input);
        if (withOriginal) {
            document.put("event.original", frame);
        }
        document.put("@metadata.cefsyslog.original", frame);
        return new TestEvent(input);
    }

    private static CiscoEsa filter(Map<String, ?> options) {
        return new CiscoEsa("test", new TestConfiguration(options), new TestContext(), GoldenAssert.CLOCK);
    }

    private static TestEvent rawEvent(String raw) {
        Map<String, Object> input = new HashMap<>();
        input.put("message", raw);
        input.put("@timestamp", GoldenAssert.NOW.toString());
        return new TestEvent(input);
    }

    private static Map<String, Object> syslogInputEvent(String payload) {
        Map<String, Object> input = new HashMap<>();
        input.put("message", payload);
        input.put("@timestamp", "2026-03-17T18:24:37Z");
        input.put("log", Map.of("syslog", Map.of("priority", 166L, "appname", "mail_logs",
                "hostname", "esa1.example.com")));
        return input;
    }

    private static Map<String, Object> run(CiscoEsa filter, Event event) {
        List<Event> matched = new ArrayList<>();
        filter.filter(List.of(event), matched::add);
        Map<String, Object> document = EventDocuments.toPlainMap(event);
        document.remove("@version");
        return document;
    }
}
