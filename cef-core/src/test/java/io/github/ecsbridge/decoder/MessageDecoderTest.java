package io.github.ecsbridge.decoder;

import static io.github.ecsbridge.syslog.ExpectedDocument.assertPlainTypes;
import static io.github.ecsbridge.syslog.ExpectedDocument.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole events from whole frames: syslog and CEF together, time precedence, failures and legacy names. */
class MessageDecoderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String RECEIPT_TIME = "2026-06-01T00:00:00.000Z";
    private static final DecoderOptions OPTIONS = DecoderOptions.builder().clock(CLOCK).build();
    private static final MessageDecoder DECODER = new MessageDecoder(OPTIONS);

    private static Map<String, Object> decode(MessageDecoder decoder, String frame) {
        Map<String, Object> document = decoder.decode(frame);
        assertPlainTypes(document, "");
        return document;
    }

    @Test
    void syslogHeaderAndCefBodyMakeOneEvent() {
        assertEquals(of("message", "scan detected", "@timestamp", "2025-06-18T10:55:50.000Z",
                        "cef.version", "0", "cef.name", "Port scan",
                        "cef.extensions.sourceAddress", "10.0.0.1", "cef.extensions.message", "scan detected",
                        "observer.vendor", "Vendor", "observer.product", "Product", "observer.version", "1.0",
                        "event.code", "100", "event.severity", 5L,
                        "source.ip", "10.0.0.1", "related.ip", List.of("10.0.0.1"),
                        "log.syslog.priority", 189L,
                        "log.syslog.facility.code", 23L, "log.syslog.facility.name", "local7",
                        "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                        "log.syslog.hostname", "fw01"),
                decode(DECODER, "<189>Jun 18 10:55:50 fw01 CEF:0|Vendor|Product|1.0|100|Port scan|5|src=10.0.0.1"
                        + " msg=scan detected"));
    }

    @Test
    void cefReceiptTimeWinsOverTheSyslogTimestamp() {
        String cef = "CEF:0|Palo Alto Networks|LF|2.0|TRAFFIC|end|3|rt=1720084595000 src=10.0.0.1";

        assertEquals(of("message", cef, "@timestamp", "2024-07-04T09:16:35.000Z",
                        "cef.version", "0", "cef.name", "end",
                        "cef.extensions.deviceReceiptTime", "2024-07-04T09:16:35.000Z",
                        "cef.extensions.sourceAddress", "10.0.0.1",
                        "observer.vendor", "Palo Alto Networks", "observer.product", "LF", "observer.version", "2.0",
                        "event.code", "TRAFFIC", "event.severity", 3L,
                        "source.ip", "10.0.0.1", "related.ip", List.of("10.0.0.1"),
                        "log.syslog.priority", 14L,
                        "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                        "log.syslog.severity.code", 6L, "log.syslog.severity.name", "Informational",
                        "log.syslog.hostname", "host", "log.syslog.appname", "logforwarder",
                        "log.syslog.msgid", "panwlogs", "log.syslog.version", "1"),
                decode(DECODER, "<14>1 2024-07-04T09:16:35.992Z host logforwarder - panwlogs - " + cef));
    }

    @Test
    void bareCefWithoutAnyTimeGetsTheReceiptTime() {
        String cef = "CEF:0|Vendor|Product|1.0|100|Name|Low|";

        assertEquals(of("message", cef, "@timestamp", RECEIPT_TIME,
                        "cef.version", "0", "cef.name", "Name",
                        "observer.vendor", "Vendor", "observer.product", "Product", "observer.version", "1.0",
                        "event.code", "100", "event.severity", 0L),
                decode(DECODER, cef));
    }

    @Test
    void kasperskyDocumentationExampleKeepsItsBadValueAsAnErrorWithoutTag() {
        String cef = "CEF:0|AO Kaspersky Lab|Kaspersky Linux Mail Security|8.0MP2|LMS_EV_SETTINGS_CHANGED"
                + "|task settings changed|Low|cn1=taskId cn1Label=TaskId cs1=taskName csLabel=TaskName act=created";

        assertEquals(of("message", cef, "@timestamp", "2017-07-16T10:34:23.000Z",
                        "cef.version", "0", "cef.name", "task settings changed",
                        "cef.extensions.deviceCustomNumber1", "taskId",
                        "cef.extensions.deviceCustomNumber1Label", "TaskId",
                        "cef.extensions.deviceCustomString1", "taskName",
                        "cef.extensions.csLabel", "TaskName",
                        "cef.extensions.deviceAction", "created",
                        "observer.vendor", "AO Kaspersky Lab", "observer.product", "Kaspersky Linux Mail Security",
                        "observer.version", "8.0MP2",
                        "event.code", "LMS_EV_SETTINGS_CHANGED", "event.severity", 0L, "event.action", "created",
                        "log.syslog.hostname", "host.avp.ru",
                        "error.message", "malformed value for key 'cn1': not an integer: 'taskId'"),
                decode(DECODER, "July 16, 2017 10:34:23 host.avp.ru " + cef));
    }

    @Test
    void ciscoEsaTextLineIsAPlainSyslogEvent() {
        assertEquals(of("message", "Info: MID 123 ICID 456 From: <a@example.com>",
                        "@timestamp", "2026-03-17T18:24:37.000Z",
                        "log.syslog.priority", 22L,
                        "log.syslog.facility.code", 2L, "log.syslog.facility.name", "mail",
                        "log.syslog.severity.code", 6L, "log.syslog.severity.name", "Informational",
                        "log.syslog.hostname", "esa.example.com", "log.syslog.appname", "mail_logs"),
                decode(DECODER, "<22>Mar 17 18:24:37 esa.example.com mail_logs: Info: MID 123 ICID 456"
                        + " From: <a@example.com>"));
    }

    @Test
    void bareTextIsAPlainEvent() {
        assertEquals(of("message", "sophos  antivirus - MID 69391938 - Result 'CLEAN' ()", "@timestamp", RECEIPT_TIME),
                decode(DECODER, "sophos  antivirus - MID 69391938 - Result 'CLEAN' ()"));
    }

    @Test
    void claimedButBrokenCefKeepsItsMessageAndIsTagged() {
        assertEquals(of("message", "CEF:0|Vendor|Product|1.0", "@timestamp", "2026-01-01T00:00:00.000Z",
                        "log.syslog.priority", 13L,
                        "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                        "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                        "log.syslog.hostname", "host", "log.syslog.appname", "app",
                        "tags", List.of(MessageDecoder.FAILURE_TAG),
                        "error.message", "incomplete CEF header: found 3 of 7 pipe-terminated fields at position 54"),
                decode(DECODER, "<13>Jan  1 00:00:00 host app: CEF:0|Vendor|Product|1.0"));
    }

    @Test
    void bareBrokenCefIsTagged() {
        assertEquals(of("message", "CEF:", "@timestamp", RECEIPT_TIME,
                        "tags", List.of(MessageDecoder.FAILURE_TAG),
                        "error.message", "incomplete CEF header: found 0 of 7 pipe-terminated fields at position 4"),
                decode(DECODER, "CEF:"));
    }

    @Test
    void cefMentionedInsideTextIsNotAFailure() {
        assertEquals(of("message", "forwarding to CEF: collector down", "@timestamp", "2026-01-01T00:00:00.000Z",
                        "log.syslog.hostname", "host", "log.syslog.appname", "app"),
                decode(DECODER, "Jan  1 00:00:00 host app: forwarding to CEF: collector down"));
    }

    @Test
    void cefAfterJunkIsStillDecoded() {
        String payload = "2022-02-11 19:12:22,962   sentinel -  CEF:0|Vendor|Product|1.0|100|Name|5|src=10.0.0.1";

        assertEquals(of("message", payload, "@timestamp", "2026-02-11T19:12:22.000Z",
                        "cef.version", "0", "cef.name", "Name", "cef.extensions.sourceAddress", "10.0.0.1",
                        "observer.vendor", "Vendor", "observer.product", "Product", "observer.version", "1.0",
                        "event.code", "100", "event.severity", 5L,
                        "source.ip", "10.0.0.1", "related.ip", List.of("10.0.0.1"),
                        "log.syslog.hostname", "ec2-3-4-5-6"),
                decode(DECODER, "Feb 11 19:12:22 ec2-3-4-5-6 " + payload));
    }

    @Test
    void failureReasonsFromTheInputTagTheEvent() {
        Map<String, Object> document = DECODER.decode("<13>Jan  1 00:00:00 host app: caf\uFFFD",
                List.of("invalid UTF-8 at byte 33", "frame truncated at 32768 bytes"));

        assertEquals(of("message", "caf\uFFFD", "@timestamp", "2026-01-01T00:00:00.000Z",
                        "log.syslog.priority", 13L,
                        "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                        "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                        "log.syslog.hostname", "host", "log.syslog.appname", "app",
                        "tags", List.of(MessageDecoder.FAILURE_TAG),
                        "error.message", List.of("invalid UTF-8 at byte 33", "frame truncated at 32768 bytes")),
                document);
    }

    @Test
    void headerProblemsAreListedWithoutTag() {
        assertEquals(of("message", "text",
                        "@timestamp", RECEIPT_TIME,
                        "log.syslog.hostname", "host", "log.syslog.appname", "app",
                        "error.message", List.of("invalid PRI '<999>' at position 0: must be between 0 and 191",
                                "invalid timestamp 'Feb 30 10:00:00' at position 5")),
                decode(DECODER, "<999>Feb 30 10:00:00 host app: text"));
    }

    @Test
    void preserveOriginalCopiesTheFrameAsReceived() {
        MessageDecoder decoder = new MessageDecoder(OPTIONS.toBuilder().preserveOriginal(true).build());
        String frame = "<13>Jan  1 00:00:00 host app: text\n";

        assertEquals(of("message", "text", "@timestamp", "2026-01-01T00:00:00.000Z",
                        "log.syslog.priority", 13L,
                        "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                        "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                        "log.syslog.hostname", "host", "log.syslog.appname", "app",
                        "event.original", frame),
                decode(decoder, frame));
    }

    @Test
    void legacyModeUsesLogstashNamesAndTheHeaderSeverityWins() {
        MessageDecoder decoder = new MessageDecoder(OPTIONS.toBuilder()
                .ecsCompatibility(EcsCompatibility.DISABLED).build());

        assertEquals(of("message", "scan detected", "@timestamp", "2025-06-18T10:55:50.000Z",
                        "cefVersion", "0", "deviceVendor", "Vendor", "deviceProduct", "Product",
                        "deviceVersion", "1.0", "deviceEventClassId", "100", "name", "Port scan",
                        "syslog", "<189>Jun 18 10:55:50 fw01", "sourceAddress", "10.0.0.1",
                        "priority", 189L, "facility", 23L, "facility_label", "local7",
                        "severity", 5L, "severity_label", "Notice",
                        "timestamp", "Jun 18 10:55:50", "logsource", "fw01"),
                decode(decoder, "<189>Jun 18 10:55:50 fw01 CEF:0|Vendor|Product|1.0|100|Port scan|Very-High"
                        + "|src=10.0.0.1 msg=scan detected"));
    }

    @Test
    void decodeIntoAnExistingEventReplacesMessageAndKeepsTheRest() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("message", "<13>Jan  1 00:00:00 host app: CEF:0|broken");
        root.put("@timestamp", "2026-05-31T23:59:59.000Z");
        root.put("tags", new ArrayList<>(List.of("from_tcp")));
        root.put("unrelated", "kept");
        EcsDocument event = new EcsDocument(root);

        DECODER.decodeInto((String) root.get("message"), event);

        assertEquals(of("message", "CEF:0|broken", "@timestamp", "2026-01-01T00:00:00.000Z",
                        "tags", List.of("from_tcp", MessageDecoder.FAILURE_TAG), "unrelated", "kept",
                        "log.syslog.priority", 13L,
                        "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                        "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                        "log.syslog.hostname", "host", "log.syslog.appname", "app",
                        "error.message", "incomplete CEF header: found 1 of 7 pipe-terminated fields at position 42"),
                event.toMap());
    }

    @Test
    void decodeIntoKeepsTheEventTimeWhenTheLineHasNone() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@timestamp", "2026-05-31T23:59:59.000Z");
        EcsDocument event = new EcsDocument(root);

        DECODER.decodeInto("plain text", event);

        assertEquals(of("@timestamp", "2026-05-31T23:59:59.000Z", "message", "plain text"), event.toMap());
    }

    @Test
    void nullFrameIsAnEmptyEvent() {
        assertEquals(of("message", "", "@timestamp", RECEIPT_TIME), decode(DECODER, null));
    }
}
