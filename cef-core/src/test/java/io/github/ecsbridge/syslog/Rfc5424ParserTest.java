package io.github.ecsbridge.syslog;

import static io.github.ecsbridge.syslog.ExpectedDocument.assertPlainTypes;
import static io.github.ecsbridge.syslog.ExpectedDocument.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 5424 lines through {@link SyslogParser}: header fields, NILVALUEs, structured data, BOM and time offsets. */
class Rfc5424ParserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final SyslogParser PARSER = new SyslogParser(ZoneOffset.UTC, Locale.ENGLISH, CLOCK);

    private static Map<String, Object> ecs(SyslogMessage message) {
        EcsDocument document = new EcsDocument();
        new SyslogEcsMapper(EcsCompatibility.V8).map(message, document);
        assertPlainTypes(document.toMap(), "");
        return document.toMap();
    }

    private static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    @Test
    void paloAltoCefWithoutStructuredData() {
        String cef = "CEF:0|Palo Alto Networks|LF|2.0|TRAFFIC|end|3|src=10.0.0.1";
        SyslogMessage message = PARSER.parse("<14>1 2024-07-04T09:16:35.992Z host logforwarder - panwlogs - " + cef);

        assertEquals(SyslogFormat.RFC5424, message.format());
        assertEquals(List.of(), message.warnings());
        assertEquals(of("message", cef, "@timestamp", "2024-07-04T09:16:35.992Z",
                "log.syslog.priority", 14L,
                "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                "log.syslog.severity.code", 6L, "log.syslog.severity.name", "Informational",
                "log.syslog.hostname", "host", "log.syslog.appname", "logforwarder",
                "log.syslog.msgid", "panwlogs", "log.syslog.version", "1"), ecs(message));
    }

    @Test
    void rfcExampleWithStructuredDataAndBom() {
        SyslogMessage message = PARSER.parse("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47"
                + " [exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"]"
                + " \uFEFFAn application event log entry...");

        assertEquals(List.of(), message.warnings());
        assertEquals(of("message", "An application event log entry...", "@timestamp", "2003-10-11T22:14:15.003Z",
                "log.syslog.priority", 165L,
                "log.syslog.facility.code", 20L, "log.syslog.facility.name", "local4",
                "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                "log.syslog.hostname", "mymachine.example.com", "log.syslog.appname", "evntslog",
                "log.syslog.msgid", "ID47", "log.syslog.version", "1",
                "log.syslog.structured_data", Map.of("exampleSDID@32473",
                        params("iut", "3", "eventSource", "Application", "eventID", "1011"))), ecs(message));
    }

    @Test
    void structuredDataEscapesAreUndoneAndOtherBackslashesKept() {
        SyslogMessage message = PARSER.parse("<13>1 - - - - - [x@1 quote=\"q\\\"w\" bracket=\"a\\]b\""
                + " backslash=\"NT AUTHORITY\\\\SYSTEM\" other=\"line\\nnext\" empty=\"\"] msg");

        assertEquals(List.of(), message.warnings());
        assertEquals(Map.of("x@1", params("quote", "q\"w", "bracket", "a]b", "backslash", "NT AUTHORITY\\SYSTEM",
                "other", "line\\nnext", "empty", "")), message.structuredData());
        assertEquals("[x@1 quote=\"q\\\"w\" bracket=\"a\\]b\" backslash=\"NT AUTHORITY\\\\SYSTEM\""
                + " other=\"line\\nnext\" empty=\"\"]", message.structuredDataText());
        assertEquals("msg", message.payload());
    }

    @Test
    void kasperskySecurityCenterNativeEvent() {
        SyslogMessage message = PARSER.parse("<29>1 2024-05-20T08:00:00.000Z WS11128 KES|11.0.0.0 -"
                + " GNRL_EV_APPLICATION_LAUNCH_DENIE [event@23668 p2=\"NT AUTHORITY\\\\SYSTEM\""
                + " et=\"GNRL_EV_APPLICATION_LAUNCH_DENIED\" tdn=\"Application Control\""
                + " etdn=\"Application startup prohibited\" hdn=\"WS11128\" hip=\"10.21.203.17\"]"
                + " \uFEFFEvent type: Application startup prohibited\\r\\nResult: Blocked");

        assertEquals(List.of(), message.warnings());
        assertEquals(of("message", "Event type: Application startup prohibited\\r\\nResult: Blocked",
                "@timestamp", "2024-05-20T08:00:00.000Z",
                "log.syslog.priority", 29L,
                "log.syslog.facility.code", 3L, "log.syslog.facility.name", "system",
                "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                "log.syslog.hostname", "WS11128", "log.syslog.appname", "KES|11.0.0.0",
                "log.syslog.msgid", "GNRL_EV_APPLICATION_LAUNCH_DENIE", "log.syslog.version", "1",
                "log.syslog.structured_data", Map.of("event@23668", params("p2", "NT AUTHORITY\\SYSTEM",
                        "et", "GNRL_EV_APPLICATION_LAUNCH_DENIED", "tdn", "Application Control",
                        "etdn", "Application startup prohibited", "hdn", "WS11128", "hip", "10.21.203.17"))),
                ecs(message));
    }

    @Test
    void severalElementsAndRepeatedParameters() {
        SyslogMessage message = PARSER.parse("<13>1 - - - - - [origin ip=\"10.0.0.1\" ip=\"10.0.0.2\"]"
                + "[meta sequenceId=\"1\"][origin software=\"x\"]");

        assertEquals(List.of(), message.warnings());
        assertEquals(Map.of("origin", params("ip", List.of("10.0.0.1", "10.0.0.2"), "software", "x"),
                "meta", params("sequenceId", "1")), message.structuredData());
        assertEquals("", message.payload());
    }

    @Test
    void allNilValuesGiveOnlyPriorityAndVersion() {
        SyslogMessage message = PARSER.parse("<13>1 - - - - - -");

        assertEquals(List.of(), message.warnings());
        assertEquals(of("message", "",
                "log.syslog.priority", 13L,
                "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                "log.syslog.version", "1"), ecs(message));
    }

    @Test
    void offsetsAndFractionsBecomeUtcMilliseconds() {
        assertEquals(Instant.parse("2003-10-12T05:14:15.003Z"),
                PARSER.parse("<13>1 2003-10-11T22:14:15.003-07:00 h a - - -").timestamp());
        assertEquals(Instant.parse("2021-06-18T05:25:50.000003Z"),
                PARSER.parse("<13>1 2021-06-18T10:55:50.000003+05:30 h a - - -").timestamp());
        assertEquals("2021-06-18T05:25:50.000Z",
                ecs(PARSER.parse("<13>1 2021-06-18T10:55:50.000003+05:30 h a - - -")).get("@timestamp"));
    }

    @Test
    void timestampWithoutOffsetUsesTheConfiguredZone() {
        SyslogParser berlin = new SyslogParser(ZoneId.of("Europe/Berlin"), Locale.ENGLISH, CLOCK);

        assertEquals(Instant.parse("2024-01-15T09:00:00Z"),
                berlin.parse("<13>1 2024-01-15T10:00:00 h a - - -").timestamp());
    }

    @Test
    void impossibleTimestampIsReportedAndLeftOut() {
        SyslogMessage message = PARSER.parse("<13>1 2024-13-01T00:00:00Z host app - - - text");

        assertEquals(List.of("invalid timestamp '2024-13-01T00:00:00Z' at position 6"), message.warnings());
        assertEquals("2024-13-01T00:00:00Z", message.timestampText());
        assertEquals(null, message.timestamp());
        assertEquals("host", message.hostname());
        assertEquals("text", message.payload());
    }

    @Test
    void timestampWithTrailingGarbageIsReported() {
        SyslogMessage message = PARSER.parse("<13>1 2024-01-01T00:00:00Zjunk host app - - - text");

        assertEquals(List.of("invalid timestamp '2024-01-01T00:00:00Zjunk' at position 6"), message.warnings());
        assertEquals(null, message.timestamp());
        assertEquals("host", message.hostname());
    }

    @Test
    void unterminatedStructuredDataIsKeptAsMessage() {
        SyslogMessage message = PARSER.parse("<13>1 - host app - - [ok a=\"1\"][x@1 a=\"unterminated] tail");

        assertEquals(List.of("malformed structured data at position 38: unterminated value of 'a';"
                + " kept as message text from position 31"), message.warnings());
        assertEquals(Map.of("ok", params("a", "1")), message.structuredData());
        assertEquals("[ok a=\"1\"]", message.structuredDataText());
        assertEquals("[x@1 a=\"unterminated] tail", message.payload());
        assertEquals(31, message.payloadOffset());
    }

    @Test
    void parameterWithoutQuotesIsKeptAsMessage() {
        SyslogMessage message = PARSER.parse("<13>1 - host app - - [x@1 a=1] text");

        assertEquals(List.of("malformed structured data at position 28: expected '\"';"
                + " kept as message text from position 21"), message.warnings());
        assertEquals(null, message.structuredData());
        assertEquals("[x@1 a=1] text", message.payload());
    }

    @Test
    void missingStructuredDataStartsTheMessage() {
        SyslogMessage message = PARSER.parse("<13>1 - host app - - CEF:0|a|b|c|d|e|f|");

        assertEquals(List.of(), message.warnings());
        assertEquals(null, message.structuredData());
        assertEquals("CEF:0|a|b|c|d|e|f|", message.payload());
    }

    @Test
    void truncatedHeaderKeepsWhatWasRead() {
        SyslogMessage message = PARSER.parse("<13>1 2024-01-01T00:00:00Z host");

        assertEquals(List.of("truncated RFC 5424 header: no APP-NAME at position 31"), message.warnings());
        assertEquals("host", message.hostname());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), message.timestamp());
        assertEquals("", message.payload());
    }

    @Test
    void directUseOnALineWithoutPriReportsIt() {
        SyslogMessage message = new Rfc5424Parser(ZoneOffset.UTC).parse("1 - host app - - - text");

        assertEquals(List.of("missing PRI at position 0"), message.warnings());
        assertEquals("host", message.hostname());
        assertEquals("text", message.payload());
    }
}
