package io.github.ecsbridge.syslog;

import static io.github.ecsbridge.syslog.ExpectedDocument.assertPlainTypes;
import static io.github.ecsbridge.syslog.ExpectedDocument.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field names per {@code ecs_compatibility} mode, and what happens to fields already in the event. */
class SyslogEcsMapperTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final SyslogParser PARSER = new SyslogParser(ZoneOffset.UTC, Locale.ENGLISH, CLOCK);

    private static Map<String, Object> map(EcsCompatibility mode, String line) {
        EcsDocument document = new EcsDocument();
        new SyslogEcsMapper(mode).map(PARSER.parse(line), document);
        assertPlainTypes(document.toMap(), "");
        return document.toMap();
    }

    @Test
    void legacyModeUsesTheFlatNamesOfLogstashsSyslogInput() {
        assertEquals(of("message", "Accepted password for admin", "@timestamp", "2026-02-05T09:03:07.000Z",
                        "priority", 38L, "facility", 4L, "facility_label", "security/authorization",
                        "severity", 6L, "severity_label", "Informational", "timestamp", "Feb  5 09:03:07",
                        "logsource", "fw01", "program", "sshd", "pid", "4123"),
                map(EcsCompatibility.DISABLED, "<38>Feb  5 09:03:07 fw01 sshd[4123]: Accepted password for admin"));
    }

    @Test
    void legacyModeKeepsRfc5424ExtrasUnderTheLegacyGrokNames() {
        assertEquals(of("message", "text", "@timestamp", "2003-10-11T22:14:15.003Z",
                        "priority", 165L, "facility", 20L, "facility_label", "local4",
                        "severity", 5L, "severity_label", "Notice", "timestamp", "2003-10-11T22:14:15.003Z",
                        "logsource", "mymachine", "program", "evntslog", "pid", "77", "syslog5424_msgid", "ID47",
                        "syslog5424_ver", "1", "syslog5424_sd", "[exampleSDID@32473 iut=\"3\"]"),
                map(EcsCompatibility.DISABLED,
                        "<165>1 2003-10-11T22:14:15.003Z mymachine evntslog 77 ID47"
                                + " [exampleSDID@32473 iut=\"3\"] text"));
    }

    @Test
    void v1AndV8WriteTheSameEcsNames() {
        String line = "<165>1 2003-10-11T22:14:15.003Z mymachine evntslog 77 ID47 [origin.v2 ip=\"10.0.0.1\"] text";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ip", "10.0.0.1");
        Map<String, Object> expected = of("message", "text", "@timestamp", "2003-10-11T22:14:15.003Z",
                "log.syslog.priority", 165L,
                "log.syslog.facility.code", 20L, "log.syslog.facility.name", "local4",
                "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                "log.syslog.hostname", "mymachine", "log.syslog.appname", "evntslog", "log.syslog.procid", "77",
                "log.syslog.msgid", "ID47", "log.syslog.version", "1",
                // An SD-ID with a dot stays one key rather than becoming a nested object.
                "log.syslog.structured_data", Map.of("origin.v2", params));

        assertEquals(expected, map(EcsCompatibility.V1, line));
        assertEquals(expected, map(EcsCompatibility.V8, line));
    }

    @Test
    void existingFieldsAreReplacedAndOthersKept() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("message", "<13>Jan  2 03:04:05 host app: text");
        root.put("@timestamp", "2026-05-31T23:59:59.000Z");
        root.put("unrelated", "kept");
        EcsDocument document = new EcsDocument(root);

        new SyslogEcsMapper(EcsCompatibility.V8).map(PARSER.parse((String) root.get("message")), document);

        assertEquals(of("message", "text", "@timestamp", "2026-01-02T03:04:05.000Z", "unrelated", "kept",
                "log.syslog.priority", 13L,
                "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                "log.syslog.hostname", "host", "log.syslog.appname", "app"), document.toMap());
    }

    @Test
    void lineWithoutTimeLeavesTheEventTimeAlone() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@timestamp", "2026-05-31T23:59:59.000Z");
        EcsDocument document = new EcsDocument(root);

        new SyslogEcsMapper(EcsCompatibility.V8).map(PARSER.parse("plain text"), document);

        assertEquals(of("@timestamp", "2026-05-31T23:59:59.000Z", "message", "plain text"), document.toMap());
    }
}
