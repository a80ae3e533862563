package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The three header forms of ESA lines and the payload form of pre-parsed syslog events. */
class HeaderParserTest {

    @Test
    void syslogPushWithPriorityHostTagAndLevel() {
        assertEquals(new EsaHeader(166L, "Nov  8 10:27:41", false, "esa1.example.com", "mail_logs", "Info",
                "MID 1 ICID 2"),
                HeaderParser.parse("<166>Nov  8 10:27:41 esa1.example.com mail_logs: Info: MID 1 ICID 2 "));
    }

    @Test
    void syslogPushWithoutPriorityHostOrLevel() {
        assertEquals(new EsaHeader(null, "Sep 16 16:56:06", false, null, "consolidated_event", null, "CEF:0|Cisco|x"),
                HeaderParser.parse("Sep 16 16:56:06 consolidated_event: CEF:0|Cisco|x"));
    }

    @Test
    void anyTagIsTheCategoryAndAnyWordAfterItTheLevel() {
        assertEquals(new EsaHeader(14L, "Jul 24 09:42:01", false, null, "SplunkGIS", "Quarantine",
                "Failed to connect"),
                HeaderParser.parse("<14>Jul 24 09:42:01 SplunkGIS: Quarantine: Failed to connect"));
    }

    @Test
    void ftpFileLineHasTimestampAndLevel() {
        assertEquals(new EsaHeader(null, "Thu Mar 17 18:24:37 2022", true, null, null, "Info", "Start MID 6 ICID 5"),
                HeaderParser.parse("Thu Mar 17 18:24:37 2022 Info: Start MID 6 ICID 5"));
    }

    @Test
    void wordsBeforeALevelAreNotATimestamp() {
        // The integration takes "MID 6 ICID 5" as a timestamp here and fails on it.
        assertEquals(new EsaHeader(null, null, false, null, null, null, "MID 6 ICID 5 From: <a@example.com>"),
                HeaderParser.parse("MID 6 ICID 5 From: <a@example.com>"));
    }

    @Test
    void priorityWithoutTimestampIsStillRead() {
        assertEquals(new EsaHeader(14L, null, false, null, null, null, "CEF:0|Cisco|x"),
                HeaderParser.parse("<14>CEF:0|Cisco|x"));
    }

    @Test
    void hostWithoutTagIsNoHeader() {
        assertEquals(new EsaHeader(null, null, false, null, null, null, "Mar 17 18:24:37 esa1 no tag here"),
                HeaderParser.parse("Mar 17 18:24:37 esa1 no tag here"));
    }

    @Test
    void payloadKeepsTheReceivedPartsAndReadsTheLevel() {
        assertEquals(new EsaHeader(166L, null, false, "esa1", "gui_logs", "Warning", "Session x user:y expired"),
                HeaderParser.parsePayload("Warning: Session x user:y expired", 166L, "esa1", "gui_logs"));
        assertEquals(new EsaHeader(null, null, false, null, "status", null, "PID 12: User a commit changes:"),
                HeaderParser.parsePayload("PID 12: User a commit changes:", null, null, "status"));
    }
}
