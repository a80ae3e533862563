package io.github.ecsbridge.syslog;

import static io.github.ecsbridge.syslog.ExpectedDocument.assertPlainTypes;
import static io.github.ecsbridge.syslog.ExpectedDocument.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every header form of the reference notes (RFC 3164 and the variants seen in front of CEF, Kaspersky and Cisco ESA
 * lines, no header) parsed and mapped to an ECS event, compared as a whole document.
 */
class SyslogHeaderFormsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final SyslogParser PARSER = new SyslogParser(ZoneOffset.UTC, Locale.ENGLISH, CLOCK);
    private static final SyslogEcsMapper MAPPER = new SyslogEcsMapper(EcsCompatibility.V8);

    private static final String CEF = "CEF:0|Vendor|Product|1.0|100|Name|5|src=10.0.0.1";
    private static final String KLMS_CEF = "CEF:0|AO Kaspersky Lab|Kaspersky Linux Mail Security|8.0MP2"
            + "|LMS_EV_SETTINGS_CHANGED|task settings changed|Low|cn1=taskId cn1Label=TaskId cs1=taskName"
            + " csLabel=TaskName act=created";
    private static final String KSC_CEF = "CEF:0|KasperskyLab|SecurityCenter|15.1.0.20748"
            + "|KLSRV_EV_MASTER_SRV_DISCONNECTED|Connection to the primary Administration Server has been"
            + " interrupted.|2|msg=Connection to the primary Administration Server has been interrupted.";
    private static final String ESA_CEF = "CEF:0|Cisco|C100V Email Security Virtual Appliance|14.0.0-657"
            + "|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|deviceExternalId=42127C7DDEE76852677B-F80CE8074CD3"
            + " ESAMID=1053";

    static Stream<Arguments> headerForms() {
        return Stream.of(
                Arguments.of("rfc3164 with PRI and host (Elastic CEF integration)",
                        "<189>Jun 18 10:55:50 host " + CEF, SyslogFormat.RFC3164,
                        of("message", CEF, "@timestamp", "2025-06-18T10:55:50.000Z",
                                "log.syslog.priority", 189L,
                                "log.syslog.facility.code", 23L, "log.syslog.facility.name", "local7",
                                "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                                "log.syslog.hostname", "host")),
                Arguments.of("rfc3164 without PRI (CEF standard)",
                        "Sep 19 08:26:10 host " + CEF, SyslogFormat.RFC3164,
                        of("message", CEF, "@timestamp", "2025-09-19T08:26:10.000Z",
                                "log.syslog.hostname", "host")),
                Arguments.of("rfc3164 without host (OSSEC)",
                        "<132>Aug 19 11:17:33 " + CEF, SyslogFormat.RFC3164,
                        of("message", CEF, "@timestamp", "2025-08-19T11:17:33.000Z",
                                "log.syslog.priority", 132L,
                                "log.syslog.facility.code", 16L, "log.syslog.facility.name", "local0",
                                "log.syslog.severity.code", 4L, "log.syslog.severity.name", "Warning")),
                Arguments.of("rfc3164 with the year before the time (Aruba)",
                        "<143>Aug 04 2021 11:31:32 192.168.200.1 " + CEF, SyslogFormat.RFC3164,
                        of("message", CEF, "@timestamp", "2021-08-04T11:31:32.000Z",
                                "log.syslog.priority", 143L,
                                "log.syslog.facility.code", 17L, "log.syslog.facility.name", "local1",
                                "log.syslog.severity.code", 7L, "log.syslog.severity.name", "Debug",
                                "log.syslog.hostname", "192.168.200.1")),
                Arguments.of("rfc3164 with a lone colon for the tag (Cisco ASA)",
                        "<190>May 14 2021 14:03:35 ASA001 : %ASA-6-302013: Built outbound TCP connection",
                        SyslogFormat.RFC3164,
                        of("message", "%ASA-6-302013: Built outbound TCP connection",
                                "@timestamp", "2021-05-14T14:03:35.000Z",
                                "log.syslog.priority", 190L,
                                "log.syslog.facility.code", 23L, "log.syslog.facility.name", "local7",
                                "log.syslog.severity.code", 6L, "log.syslog.severity.name", "Informational",
                                "log.syslog.hostname", "ASA001")),
                Arguments.of("rfc3164 with a zone token (OPSWAT)",
                        "Jan 23 12:10:16 UTC egs-001 " + CEF, SyslogFormat.RFC3164,
                        of("message", CEF, "@timestamp", "2026-01-23T12:10:16.000Z",
                                "log.syslog.hostname", "egs-001")),
                Arguments.of("rfc3164 with a facility.level token is read as the host (McAfee)",
                        "Jul 10 10:39:04 alert.notice 10.66.140.59 SyslogAlertForwarder: " + CEF,
                        SyslogFormat.RFC3164,
                        of("message", "10.66.140.59 SyslogAlertForwarder: " + CEF,
                                "@timestamp", "2025-07-10T10:39:04.000Z",
                                "log.syslog.hostname", "alert.notice")),
                Arguments.of("kaspersky KSMG tag before CEF",
                        "Aug 14 17:07:42 host.domain.com KSMG: " + CEF, SyslogFormat.RFC3164,
                        of("message", CEF, "@timestamp", "2025-08-14T17:07:42.000Z",
                                "log.syslog.hostname", "host.domain.com", "log.syslog.appname", "KSMG")),
                Arguments.of("kaspersky KSMG 2.x full month without year",
                        "July 16 10:34:23 host.domain.com KSMG: " + CEF, SyslogFormat.RFC3164,
                        of("message", CEF, "@timestamp", "2025-07-16T10:34:23.000Z",
                                "log.syslog.hostname", "host.domain.com", "log.syslog.appname", "KSMG")),
                Arguments.of("kaspersky KLMS full month, comma and year",
                        "July 16, 2017 10:34:23 host.avp.ru " + KLMS_CEF, SyslogFormat.RFC3164,
                        of("message", KLMS_CEF, "@timestamp", "2017-07-16T10:34:23.000Z",
                                "log.syslog.hostname", "host.avp.ru")),
                Arguments.of("kaspersky KWTS short month, comma and year",
                        "Oct 30, 2021 10:34:23 host.domain.com " + CEF, SyslogFormat.RFC3164,
                        of("message", CEF, "@timestamp", "2021-10-30T10:34:23.000Z",
                                "log.syslog.hostname", "host.domain.com")),
                Arguments.of("kaspersky security center word before CEF is the tag",
                        "<67>Feb 25 14:19:59 dev-test-10-2 SyslogGen " + KSC_CEF, SyslogFormat.RFC3164,
                        of("message", KSC_CEF, "@timestamp", "2026-02-25T14:19:59.000Z",
                                "log.syslog.priority", 67L,
                                "log.syslog.facility.code", 8L, "log.syslog.facility.name", "UUCP",
                                "log.syslog.severity.code", 3L, "log.syslog.severity.name", "Error",
                                "log.syslog.hostname", "dev-test-10-2", "log.syslog.appname", "SyslogGen")),
                Arguments.of("ISO-8601 in rfc3164 position (VMware ESXi)",
                        "<167>2020-07-30T20:00:59.090Z Esxi01 Vpxa: [Originator@6876 sub=Vpxa] Re-connected",
                        SyslogFormat.RFC3164,
                        of("message", "[Originator@6876 sub=Vpxa] Re-connected",
                                "@timestamp", "2020-07-30T20:00:59.090Z",
                                "log.syslog.priority", 167L,
                                "log.syslog.facility.code", 20L, "log.syslog.facility.name", "local4",
                                "log.syslog.severity.code", 7L, "log.syslog.severity.name", "Debug",
                                "log.syslog.hostname", "Esxi01", "log.syslog.appname", "Vpxa")),
                Arguments.of("ctime with colon and no host (Cisco ESA consolidated log)",
                        "Tue Aug 13 15:15:49 2019: " + ESA_CEF, SyslogFormat.RFC3164,
                        of("message", ESA_CEF, "@timestamp", "2019-08-13T15:15:49.000Z")),
                Arguments.of("prog[pid] tag after a space-padded day",
                        "<38>Feb  5 09:03:07 fw01 sshd[4123]: Accepted password for admin", SyslogFormat.RFC3164,
                        of("message", "Accepted password for admin", "@timestamp", "2026-02-05T09:03:07.000Z",
                                "log.syslog.priority", 38L,
                                "log.syslog.facility.code", 4L, "log.syslog.facility.name", "security/authorization",
                                "log.syslog.severity.code", 6L, "log.syslog.severity.name", "Informational",
                                "log.syslog.hostname", "fw01", "log.syslog.appname", "sshd",
                                "log.syslog.procid", "4123")),
                Arguments.of("cisco ESA text mail log pushed by syslog",
                        "<22>Mar 17 18:24:37 esa.example.com mail_logs: Info: MID 123 ICID 456 From: <a@example.com>",
                        SyslogFormat.RFC3164,
                        of("message", "Info: MID 123 ICID 456 From: <a@example.com>",
                                "@timestamp", "2026-03-17T18:24:37.000Z",
                                "log.syslog.priority", 22L,
                                "log.syslog.facility.code", 2L, "log.syslog.facility.name", "mail",
                                "log.syslog.severity.code", 6L, "log.syslog.severity.name", "Informational",
                                "log.syslog.hostname", "esa.example.com", "log.syslog.appname", "mail_logs")),
                Arguments.of("cisco ESA consolidated event with the log name as tag and no host",
                        "<22>Mar 17 18:24:37 consolidated_event: " + ESA_CEF, SyslogFormat.RFC3164,
                        of("message", ESA_CEF, "@timestamp", "2026-03-17T18:24:37.000Z",
                                "log.syslog.priority", 22L,
                                "log.syslog.facility.code", 2L, "log.syslog.facility.name", "mail",
                                "log.syslog.severity.code", 6L, "log.syslog.severity.name", "Informational",
                                "log.syslog.appname", "consolidated_event")),
                Arguments.of("cisco ESA log file line with weekday and year",
                        "Thu Mar 17 18:24:37 2022 Info: Begin Logfile", SyslogFormat.RFC3164,
                        of("message", "Begin Logfile", "@timestamp", "2022-03-17T18:24:37.000Z",
                                "log.syslog.appname", "Info")),
                Arguments.of("junk after the host stays in the message (beats 30757)",
                        "Feb 11 19:12:22 ec2-3-4-5-6 2022-02-11 19:12:22,962   sentinel -  " + CEF,
                        SyslogFormat.RFC3164,
                        of("message", "2022-02-11 19:12:22,962   sentinel -  " + CEF,
                                "@timestamp", "2026-02-11T19:12:22.000Z",
                                "log.syslog.hostname", "ec2-3-4-5-6")),
                Arguments.of("fractional seconds in a BSD timestamp",
                        "<13>Jan  2 03:04:05.678 host app: text", SyslogFormat.RFC3164,
                        of("message", "text", "@timestamp", "2026-01-02T03:04:05.678Z",
                                "log.syslog.priority", 13L,
                                "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                                "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice",
                                "log.syslog.hostname", "host", "log.syslog.appname", "app")),
                Arguments.of("PRI without timestamp keeps the rest as message",
                        "<13>hello world", SyslogFormat.RFC3164,
                        of("message", "hello world",
                                "log.syslog.priority", 13L,
                                "log.syslog.facility.code", 1L, "log.syslog.facility.name", "user-level",
                                "log.syslog.severity.code", 5L, "log.syslog.severity.name", "Notice")),
                Arguments.of("trailing CR LF is framing, not message",
                        "Jun  1 00:00:00 host app: text\r\n", SyslogFormat.RFC3164,
                        of("message", "text", "@timestamp", "2026-06-01T00:00:00.000Z",
                                "log.syslog.hostname", "host", "log.syslog.appname", "app")),
                Arguments.of("bare CEF",
                        CEF, SyslogFormat.NONE,
                        of("message", CEF)),
                Arguments.of("bare text (Cisco ESA antivirus log)",
                        "sophos  antivirus - MID 69391938 - Result 'CLEAN' ()", SyslogFormat.NONE,
                        of("message", "sophos  antivirus - MID 69391938 - Result 'CLEAN' ()")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerForms")
    void headerFormIsParsedIntoTheExpectedDocument(String name, String line, SyslogFormat format,
            Map<String, Object> expected) {
        SyslogMessage message = PARSER.parse(line);
        EcsDocument document = new EcsDocument();
        MAPPER.map(message, document);

        assertEquals(expected, document.toMap());
        assertEquals(format, message.format());
        assertEquals(List.of(), message.warnings());
        assertPlainTypes(document.toMap(), "");
    }
}
