package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every CEF time form parses to the right instant, in the right zone and year. */
class CefTimestampsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private final CefTimestamps utc = at(NOW, ZoneOffset.UTC, Locale.ENGLISH);

    private static CefTimestamps at(Instant now, ZoneId zone, Locale locale) {
        return new CefTimestamps(zone, locale, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String iso(CefTimestamps timestamps, String text) {
        return CefTimestamps.format(timestamps.parse(text));
    }

    private String failure(String text) {
        return assertThrows(IllegalArgumentException.class, () -> utc.parse(text)).getMessage();
    }

    @Test
    void epochMilliseconds() {
        assertEquals("2014-01-01T12:05:00.000Z", iso(utc, "1388577900000"));
        assertEquals("1970-01-01T00:00:00.000Z", iso(utc, "0"));
    }

    @Test
    void epochMillisecondsWithFractionKeepNanoseconds() {
        assertEquals(Instant.parse("2021-03-24T22:06:31.694176789Z"), utc.parse("1616623591694.176789"));
    }

    @Test
    void appendixALayoutsWithoutYear() {
        assertEquals("2026-05-30T12:40:48.123Z", iso(utc, "May 30 12:40:48.123 UTC"));
        assertEquals("2026-05-30T12:40:48.123Z", iso(utc, "May 30 12:40:048.123"));
        assertEquals("2026-05-30T19:40:48.000Z", iso(utc, "May 30 12:40:48 GMT-07:00"));
        assertEquals("2026-05-30T12:40:48.000Z", iso(utc, "May 30 12:40:48"));
    }

    @Test
    void appendixALayoutsWithYear() {
        assertEquals("2015-02-09T00:27:43.500Z", iso(utc, "Feb 09 2015 00:27:43.500 UTC"));
        assertEquals("2015-02-09T00:27:43.500Z", iso(utc, "Feb 09 2015 00:27:43.500"));
        assertEquals("2015-02-09T08:27:43.000Z", iso(utc, "Feb 09 2015 00:27:43 PST"));
        assertEquals("2015-02-09T00:27:43.000Z", iso(utc, "Feb 09 2015 00:27:43"));
    }

    @Test
    void isoDateTimes() {
        assertEquals("2025-06-29T23:35:00.000Z", iso(utc, "2025-06-29T23:35:00Z"));
        assertEquals("2025-06-29T21:35:00.123Z", iso(utc, "2025-06-29T23:35:00.123456+02:00"));
        assertEquals("2025-06-29T21:35:00.000Z", iso(utc, "2025-06-29T23:35:00+0200"));
        assertEquals("2025-06-29T23:35:00.000Z", iso(utc, "2025-06-29T23:35"));
        assertEquals("2014-07-10T15:39:01.000Z", iso(utc, "2014-07-10 10:39:01 CST"));
    }

    @Test
    void ctimeWithWeekdayAndTrailingYear() {
        assertEquals("2019-08-13T15:15:48.000Z", iso(utc, "Tue Aug 13 15:15:48 2019"));
        assertEquals("2019-08-03T15:15:48.000Z", iso(utc, "Sat Aug  3 15:15:48 2019"));
    }

    @Test
    void fullMonthNamesWithCommaAndAnyCase() {
        assertEquals("2017-07-16T10:34:23.000Z", iso(utc, "July 16, 2017 10:34:23"));
        assertEquals("2015-02-09T00:27:43.000Z", iso(utc, "FEB 09 2015 00:27:43"));
    }

    @Test
    void summerTimeAbbreviations() {
        assertEquals("2017-07-16T08:34:23.000Z", iso(utc, "Jul 16 2017 10:34:23 CEST"));
        assertEquals("2017-07-16T17:34:23.000Z", iso(utc, "Jul 16 2017 10:34:23 PDT"));
    }

    @Test
    void defaultZoneAppliesOnlyToValuesWithoutZone() {
        CefTimestamps berlin = at(NOW, ZoneId.of("Europe/Berlin"), Locale.ENGLISH);

        assertEquals("2015-02-08T23:27:43.000Z", iso(berlin, "Feb 09 2015 00:27:43"));
        assertEquals("2015-02-09T00:27:43.000Z", iso(berlin, "Feb 09 2015 00:27:43 UTC"));
        assertEquals("2014-01-01T12:05:00.000Z", iso(berlin, "1388577900000"));
        assertEquals("2015-02-08T21:27:43.000Z",
                CefTimestamps.format(berlin.parse("Feb 09 2015 00:27:43", ZoneOffset.ofHours(3))));
    }

    @Test
    void monthNamesOfTheConfiguredLocale() {
        CefTimestamps french = at(NOW, ZoneOffset.UTC, Locale.FRENCH);

        assertEquals("2017-07-16T10:34:23.000Z", iso(french, "juil. 16 2017 10:34:23"));
        assertEquals("2017-07-16T10:34:23.000Z", iso(french, "juillet 16 2017 10:34:23"));
        assertEquals("2017-07-16T10:34:23.000Z", iso(french, "Jul 16 2017 10:34:23"));
    }

    @Test
    void yearlessDecemberValueReadInJanuaryBelongsToLastYear() {
        CefTimestamps january = at(Instant.parse("2026-01-01T00:10:00Z"), ZoneOffset.UTC, Locale.ENGLISH);

        assertEquals("2025-12-31T23:59:00.000Z", iso(january, "Dec 31 23:59:00"));
    }

    @Test
    void yearlessJanuaryValueFromFastClockInDecemberBelongsToNextYear() {
        CefTimestamps december = at(Instant.parse("2025-12-31T23:59:00Z"), ZoneOffset.UTC, Locale.ENGLISH);

        assertEquals("2026-01-01T00:00:30.000Z", iso(december, "Jan 01 00:00:30"));
    }

    @Test
    void yearlessValueMoreThanTwoDaysAheadBelongsToLastYear() {
        assertEquals("2025-06-05T00:00:00.000Z", iso(utc, "Jun 05 00:00:00"));
        assertEquals("2026-06-02T12:00:00.000Z", iso(utc, "Jun 02 12:00:00"));
    }

    @Test
    void leapDayWithoutYearNeedsALeapYearNearby() {
        CefTimestamps leap = at(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC, Locale.ENGLISH);

        assertEquals("2024-02-29T10:00:00.000Z", iso(leap, "Feb 29 10:00:00"));
        assertEquals("no such date around the current year: 'Feb 29 10:00:00'", failure("Feb 29 10:00:00"));
    }

    @Test
    void malformedValuesNameThePosition() {
        assertEquals("empty time stamp", failure("  "));
        assertEquals("unrecognised time stamp 'yesterday': expected a month name at position 0",
                failure("yesterday"));
        assertEquals("unrecognised time stamp 'Feb 09 2015': expected 1 to 2 digits at position 7",
                failure("Feb 09 2015"));
        assertEquals("unrecognised time stamp 'Feb 09 2015 00:27:43 XYZ': unknown time zone 'XYZ' at position 21",
                failure("Feb 09 2015 00:27:43 XYZ"));
        assertEquals("unrecognised time stamp '2015-02-09': expected 'T' or a space after the date at position 10",
                failure("2015-02-09"));
        assertEquals("no such date or time: 'Feb 30 2015 00:00:00'", failure("Feb 30 2015 00:00:00"));
        assertEquals("no such date or time: 'Feb 09 2015 25:00:00'", failure("Feb 09 2015 25:00:00"));
        assertEquals("unrecognised time stamp '9999999999999999': epoch milliseconds out of range at position 0",
                failure("9999999999999999"));
        assertEquals("time stamp outside years 0-9999: '999999999999999'", failure("999999999999999"));
        assertEquals("unrecognised time stamp '12.': malformed epoch milliseconds at position 3", failure("12."));
    }

    @Test
    void formatAlwaysPrintsMilliseconds() {
        assertEquals("2026-06-01T00:00:00.000Z", CefTimestamps.format(NOW));
        assertEquals("2026-06-01T00:00:00.123Z", CefTimestamps.format(Instant.parse("2026-06-01T00:00:00.123999Z")));
    }

    @Test
    void zonesAsProducersWriteThem() {
        assertEquals(ZoneOffset.UTC, CefTimestamps.parseZone("utc"));
        assertEquals(ZoneOffset.UTC, CefTimestamps.parseZone("Z"));
        assertEquals(ZoneOffset.ofHours(2), CefTimestamps.parseZone("+0200"));
        assertEquals(ZoneOffset.ofHours(2), CefTimestamps.parseZone("+02:00"));
        assertEquals(ZoneId.of("GMT-07:00"), CefTimestamps.parseZone("GMT-07:00"));
        assertEquals(ZoneId.of("Europe/Berlin"), CefTimestamps.parseZone(" Europe/Berlin "));
        assertEquals(ZoneId.of("-05:00"), CefTimestamps.parseZone("EST"));
        assertEquals(ZoneOffset.ofHours(2), CefTimestamps.parseZone("CEST"));
        assertEquals("unknown time zone 'Mars/Olympus'",
                assertThrows(IllegalArgumentException.class, () -> CefTimestamps.parseZone("Mars/Olympus"))
                        .getMessage());
    }
}
