package io.github.ecsbridge.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** PRI edge cases and the facility and severity names. */
class PriorityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final SyslogParser PARSER = new SyslogParser(ZoneOffset.UTC, Locale.ENGLISH, CLOCK);

    @Test
    void lowestPriorityIsKernelEmergency() {
        SyslogMessage message = PARSER.parse("<0>Jan  1 00:00:00 host kernel: boot");

        assertEquals(0, message.priority());
        assertEquals(0, message.facility());
        assertEquals(0, message.severity());
        assertEquals("kernel", SyslogPriority.facilityName(message.facility()));
        assertEquals("Emergency", SyslogPriority.severityName(message.severity()));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void highestPriorityIsLocal7Debug() {
        SyslogMessage message = PARSER.parse("<191>Jan  1 00:00:00 host app: text");

        assertEquals(191, message.priority());
        assertEquals("local7", SyslogPriority.facilityName(message.facility()));
        assertEquals("Debug", SyslogPriority.severityName(message.severity()));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void outOfRangePriorityIsReportedAndTheHeaderStillParses() {
        SyslogMessage message = PARSER.parse("<999>Jan  1 00:00:00 host app: text");

        assertNull(message.priority());
        assertEquals(List.of("invalid PRI '<999>' at position 0: must be between 0 and 191"), message.warnings());
        assertEquals(SyslogFormat.RFC3164, message.format());
        assertEquals("host", message.hostname());
        assertEquals("app", message.appName());
        assertEquals("text", message.payload());
    }

    @Test
    void priority192IsTheFirstOutOfRange() {
        assertEquals(List.of("invalid PRI '<192>' at position 0: must be between 0 and 191"),
                PARSER.parse("<192>text").warnings());
    }

    @Test
    void missingPriorityLeavesPriorityOut() {
        SyslogMessage message = PARSER.parse("Jan  1 00:00:00 host app: text");

        assertNull(message.priority());
        assertNull(message.facility());
        assertNull(message.severity());
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void textThatIsNotAPriIsMessage() {
        for (String line : List.of("<>x", "<abc>x", "<1234>x", "<13 x", "<-1>x", "<<13>x")) {
            SyslogMessage message = PARSER.parse(line);

            assertEquals(SyslogFormat.NONE, message.format(), line);
            assertEquals(line, message.payload(), line);
            assertEquals(List.of(), message.warnings(), line);
        }
    }

    @Test
    void leadingZerosAreRead() {
        assertEquals(13, PARSER.parse("<013>text").priority());
    }

    @Test
    void everyValidPriorityHasBothNames() {
        for (int priority = 0; priority <= SyslogPriority.MAX; priority++) {
            assertEquals(true, SyslogPriority.facilityName(SyslogPriority.facility(priority)) != null, "" + priority);
            assertEquals(true, SyslogPriority.severityName(SyslogPriority.severity(priority)) != null, "" + priority);
        }
        assertNull(SyslogPriority.facilityName(24));
        assertNull(SyslogPriority.severityName(8));
        assertEquals("security/authorization", SyslogPriority.facilityName(10));
        assertEquals("log alert", SyslogPriority.facilityName(14));
        assertEquals("Informational", SyslogPriority.severityName(6));
    }
}
