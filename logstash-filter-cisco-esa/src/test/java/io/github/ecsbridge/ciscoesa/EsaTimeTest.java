package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Timestamps in the configured zone, with the clock's year for syslog times. */
class EsaTimeTest {

    private static final Clock NEW_YEAR = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void syslogTimeTakesTheCurrentYearInTheConfiguredZone() {
        // Already 2026 in Tokyo when the clock says 2025 in UTC.
        EsaTime tokyo = new EsaTime(ZoneId.of("Asia/Tokyo"), NEW_YEAR);
        assertEquals(Instant.parse("2026-03-17T09:24:37Z"), tokyo.syslog("Mar 17 18:24:37"));
        assertEquals(Instant.parse("2025-11-08T10:27:41.250Z"),
                new EsaTime(ZoneOffset.UTC, NEW_YEAR).syslog("Nov  8 10:27:41.250"));
    }

    @Test
    void ctimeCarriesItsYearAndItsWeekdayIsNotChecked() {
        EsaTime paris = new EsaTime(ZoneId.of("+02:00"), NEW_YEAR);
        assertEquals(Instant.parse("2023-09-16T14:56:06Z"), paris.ctime("Tue Sep 16 16:56:06 2023"));
    }

    @Test
    void unixSecondsKeepMilliseconds() {
        assertEquals("2016-10-07T09:33:35.700Z", EsaTime.format(EsaTime.unix("1475832815.7")));
        assertThrows(DateTimeException.class, () -> EsaTime.unix("14758x"));
    }

    @Test
    void impossibleDateIsRefused() {
        assertThrows(DateTimeException.class, () -> new EsaTime(ZoneOffset.UTC, NEW_YEAR).syslog("Feb 30 10:00:00"));
        assertThrows(DateTimeException.class,
                () -> new EsaTime(ZoneOffset.UTC, NEW_YEAR).any("Mon Jan 1 25:00:00 2024"));
    }
}
