package io.github.ecsbridge.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Year inference for year-less BSD timestamps, zones, offsets, locales and impossible dates. */
class TimestampTest {

    private static SyslogParser parserAt(String now) {
        return parser(now, ZoneOffset.UTC, Locale.ENGLISH);
    }

    private static SyslogParser parser(String now, ZoneId zone, Locale locale) {
        return new SyslogParser(zone, locale, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    @Test
    void decemberLineReadOnNewYearsDayIsFromThePreviousYear() {
        assertEquals(Instant.parse("2026-12-31T23:59:59Z"),
                parserAt("2027-01-01T00:00:00Z").parse("<13>Dec 31 23:59:59 host app: x").timestamp());
    }

    @Test
    void newYearLineFromAFastSenderClockIsFromTheNextYear() {
        assertEquals(Instant.parse("2027-01-01T00:00:30Z"),
                parserAt("2026-12-31T23:59:00Z").parse("<13>Jan  1 00:00:30 host app: x").timestamp());
    }

    @Test
    void timeUpToOneDayAheadStaysInThisYear() {
        assertEquals(Instant.parse("2026-06-02T00:00:00Z"),
                parserAt("2026-06-01T00:00:00Z").parse("Jun  2 00:00:00 host app: x").timestamp());
        assertEquals(Instant.parse("2025-06-02T00:00:01Z"),
                parserAt("2026-06-01T00:00:00Z").parse("Jun  2 00:00:01 host app: x").timestamp());
    }

    @Test
    void february29FindsTheLatestLeapYear() {
        assertEquals(Instant.parse("2024-02-29T12:00:00Z"),
                parserAt("2026-06-01T00:00:00Z").parse("Feb 29 12:00:00 host app: x").timestamp());
    }

    @Test
    void yearInferenceUsesTheConfiguredZone() {
        // 23:30 on Dec 31 in New York is already Jan 1 in UTC: the local calendar decides the year.
        assertEquals(Instant.parse("2027-01-01T04:30:00Z"),
                parser("2027-01-01T04:45:00Z", ZoneId.of("America/New_York"), Locale.ENGLISH)
                        .parse("Dec 31 23:30:00 host app: x").timestamp());
    }

    @Test
    void zoneLessTimeUsesTheConfiguredZoneAndAZoneTokenOverridesIt() {
        SyslogParser berlin = parser("2026-06-01T00:00:00Z", ZoneId.of("Europe/Berlin"), Locale.ENGLISH);

        assertEquals(Instant.parse("2026-01-23T11:10:16Z"), berlin.parse("Jan 23 12:10:16 egs-001 x").timestamp());
        assertEquals(Instant.parse("2026-01-23T12:10:16Z"),
                berlin.parse("Jan 23 12:10:16 UTC egs-001 x").timestamp());
        assertEquals(Instant.parse("2026-01-23T10:10:16Z"),
                berlin.parse("Jan 23 12:10:16 +0200 egs-001 x").timestamp());
        assertEquals("egs-001", berlin.parse("Jan 23 12:10:16 +02:00 egs-001 x").hostname());
    }

    @Test
    void offsetBeyondEighteenHoursIsNotAZone() {
        SyslogMessage message = parserAt("2026-06-01T00:00:00Z").parse("Jan 23 12:10:16 +1859 host x");

        assertEquals(Instant.parse("2026-01-23T12:10:16Z"), message.timestamp());
        assertEquals("+1859 host x", message.payload());
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void isoTimestampsInRfc3164PositionKeepTheirOffset() {
        SyslogParser parser = parserAt("2026-06-01T00:00:00Z");

        assertEquals(Instant.parse("2020-07-30T18:00:59.090Z"),
                parser.parse("<13>2020-07-30T20:00:59.090+02:00 host app: x").timestamp());
        assertEquals(Instant.parse("2020-07-31T01:30:59Z"),
                parser.parse("<13>2020-07-30T20:00:59-0530 host app: x").timestamp());
        assertEquals(Instant.parse("2022-02-11T19:12:22.962Z"),
                parser.parse("2022-02-11 19:12:22,962 host app: x").timestamp());
        assertEquals("host", parser.parse("2022-02-11 19:12:22,962 host app: x").hostname());
    }

    @Test
    void ctimeWithZoneBeforeTheYear() {
        SyslogMessage message = parserAt("2026-06-01T00:00:00Z").parse("Tue Aug 13 15:15:49 UTC 2019: text");

        assertEquals(Instant.parse("2019-08-13T15:15:49Z"), message.timestamp());
        assertEquals("Tue Aug 13 15:15:49 UTC 2019", message.timestampText());
        assertEquals("text", message.payload());
    }

    @Test
    void monthNamesOfTheConfiguredLocaleAndEnglishAreBothRead() {
        SyslogParser german = parser("2026-06-01T00:00:00Z", ZoneOffset.UTC, Locale.GERMAN);

        assertEquals(Instant.parse("2021-10-30T10:34:23Z"), german.parse("Okt 30 2021 10:34:23 host x").timestamp());
        assertEquals(Instant.parse("2021-03-17T10:34:23Z"),
                german.parse("März 17 2021 10:34:23 host x").timestamp());
        assertEquals(Instant.parse("2021-10-30T10:34:23Z"), german.parse("Oct 30 2021 10:34:23 host x").timestamp());
        assertEquals(Instant.parse("2021-10-30T10:34:23Z"),
                parserAt("2026-06-01T00:00:00Z").parse("OCT 30 2021 10:34:23 host x").timestamp());
    }

    @Test
    void wordThatIsBothWeekdayAndMonthIsAMonthWhenADayFollows() {
        SyslogParser spanish = parser("2026-06-01T00:00:00Z", ZoneOffset.UTC, Locale.forLanguageTag("es"));

        assertEquals(Instant.parse("2026-03-17T18:24:37Z"), spanish.parse("mar 17 18:24:37 host x").timestamp());
        assertEquals(Instant.parse("2026-03-17T18:24:37Z"),
                spanish.parse("mar mar 17 18:24:37 2026 host x").timestamp());
    }

    @Test
    void impossibleDateIsReportedAndTheRestParsed() {
        SyslogMessage message = parserAt("2026-06-01T00:00:00Z").parse("<13>Feb 30 10:00:00 host app: x");

        assertNull(message.timestamp());
        assertEquals("Feb 30 10:00:00", message.timestampText());
        assertEquals(List.of("invalid timestamp 'Feb 30 10:00:00' at position 4"), message.warnings());
        assertEquals("host", message.hostname());
        assertEquals("x", message.payload());
    }

    @Test
    void impossibleTimeIsReported() {
        SyslogMessage message = parserAt("2026-06-01T00:00:00Z").parse("Jan  1 24:00:00 host app: x");

        assertNull(message.timestamp());
        assertEquals(List.of("invalid timestamp 'Jan  1 24:00:00' at position 0"), message.warnings());
    }

    @Test
    void monthWithoutDayAndTimeIsText() {
        SyslogMessage message = parserAt("2026-06-01T00:00:00Z").parse("May I help you");

        assertEquals(SyslogFormat.NONE, message.format());
        assertEquals("May I help you", message.payload());
    }
}
