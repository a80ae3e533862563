package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ecsbridge.ecs.EcsDocument;
import io.github.ecsbridge.samples.GoldenAssert;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The core parser's own rules: log-type precedence, received headers, failures, options, robustness. */
class CiscoEsaParserTest {

    private static final CiscoEsaParser PARSER = CiscoEsaParser.builder().clock(GoldenAssert.CLOCK).build();

    private static final Map<String, Object> COMMON_EVENT = Map.of("dataset", "cisco_secure_email_gateway.log",
            "module", "cisco_secure_email_gateway", "timezone", "UTC");

    @Test
    void unknownTagKeepsOnlyTheCommonFields() {
        assertEquals(Map.of(
                "@timestamp", "2026-03-17T18:24:37.000Z",
                "cisco_secure_email_gateway", Map.of("log", Map.of("category", Map.of("name", "esa_custom"),
                        "message", "MID 6 ICID 5 From: <a@example.com>")),
                "data_stream", Map.of("dataset", "cisco_secure_email_gateway.log"),
                "ecs", Map.of("version", "8.17.0"),
                "event", COMMON_EVENT,
                "log", Map.of("level", "info")),
                PARSER.parse("Mar 17 18:24:37 esa_custom: Info: MID 6 ICID 5 From: <a@example.com>", null));
    }

    @Test
    void tagWinsOverFileNameWhichWinsOverTheShape() {
        String path = "/ftp/esa/system.esa9.example.com.@20260317T000000.s";
        assertEquals("gui_logs", category(PARSER.parse("<166>Mar 17 18:24:37 gui_logs: Info: PID 1: x", path)));
        assertEquals("system", category(PARSER.parse("Thu Mar 17 18:24:37 2022 Info: MID 5 ICID 2", path)));
        assertEquals("mail_logs", category(PARSER.parse("Thu Mar 17 18:24:37 2022 Info: MID 5 ICID 2", null)));
    }

    @Test
    void payloadOfAReceivedHeaderIsReadWithItsParts() {
        EcsDocument document = new EcsDocument();
        ParseOutcome outcome = PARSER.parseReceived(null, "Info: ICID 5 close",
                new ReceivedHeader("mail_logs", "esa1", 22L, Instant.parse("2026-03-17T18:24:37Z")), document);
        assertEquals(new ParseOutcome(Instant.parse("2026-03-17T18:24:37Z"), true, false, "mail_logs"), outcome);
        assertEquals(Map.of(
                "@timestamp", "2026-03-17T18:24:37.000Z",
                "cisco_secure_email_gateway", Map.of("log", Map.of("category", Map.of("name", "mail_logs"),
                        "connection_status", "close", "host", "esa1", "injection_connection_id", "5",
                        "message", "ICID 5 close")),
                "data_stream", Map.of("dataset", "cisco_secure_email_gateway.log"),
                "ecs", Map.of("version", "8.17.0"),
                "event", Map.of("dataset", "cisco_secure_email_gateway.log", "kind", "event",
                        "module", "cisco_secure_email_gateway", "timezone", "UTC"),
                "log", Map.of("level", "info", "syslog", Map.of("priority", 22L))), document.toMap());
    }

    @Test
    void rfc5424FrameFallsBackToThePayload() {
        CiscoEsaParser preserving = CiscoEsaParser.builder().clock(GoldenAssert.CLOCK).preserveOriginal(true).build();
        String frame = "<166>1 2026-03-17T18:24:37Z esa1 mail_logs - - - Info: ICID 5 close";
        EcsDocument document = new EcsDocument();
        preserving.parseReceived(frame, "Info: ICID 5 close",
                new ReceivedHeader("mail_logs", "esa1", 166L, Instant.parse("2026-03-17T18:24:37Z")), document);
        assertEquals(frame, document.get("event.original"));
        assertEquals("ICID 5 close", document.get("cisco_secure_email_gateway.log.message"));
        assertEquals("close", document.get("cisco_secure_email_gateway.log.connection_status"));
    }

    @Test
    void badValuesAreReportedOnceEachAndTheRestIsKept() {
        Map<String, Object> document = CiscoEsaParser.builder().clock(GoldenAssert.CLOCK)
                .tagsOnFailure(List.of("esa_bad")).build()
                .parse("<14>Jul 24 09:42:01 consolidated_event: CEF:0|Cisco|C390|15.0|ESA|E|5|ESAMID=7 "
                        + "start=Mon Feb 30 10:00:00 2026 cfp1=high ESAMsgSize=big dvc=not-an-ip", null);
        assertEquals(Map.of("message", "[event.start] cannot read 'Mon Feb 30 10:00:00 2026' as date; "
                + "[cisco_secure_email_gateway.log.cfp1] cannot read 'high' as double"), document.get("error"));
        assertEquals(List.of("esa_bad"), document.get("tags"));
        assertEquals(Map.of("message_id", "7"), document.get("email"));
    }

    @Test
    void logTypeSettingForcesTheParser() {
        CiscoEsaParser forced = CiscoEsaParser.builder().clock(GoldenAssert.CLOCK).logType("error_logs").build();
        Map<String, Object> document = forced.parse("Quarantine: Failed to connect to quarantine", null);
        assertEquals("error_logs", category(document));
        assertEquals("Quarantine", ((Map<?, ?>) ((Map<?, ?>) document.get("cisco_secure_email_gateway")).get("log"))
                .get("alert_category"));
    }

    @Test
    void randomTextNeverThrowsAndAlwaysKeepsItsMessage() {
        Random random = new Random(20260601L);
        String alphabet = "<>0123456789 :.,=[]()'\"|-_/\\abcMIDICDSHAcefPFCEF:JanMarThuInfo";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Map<String, Object> document = PARSER.parse(line.toString(), null);
            String trimmed = line.toString().trim();
            assertTrue(trimmed.isEmpty() || document.get("cisco_secure_email_gateway") != null, line::toString);
            assertTrue(document.containsKey("@timestamp"), line::toString);
        }
    }

    private static String category(Map<String, Object> document) {
        return (String) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) document.get("cisco_secure_email_gateway"))
                .get("log")).get("category")).get("name");
    }
}
