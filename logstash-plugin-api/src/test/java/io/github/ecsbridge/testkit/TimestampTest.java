package io.github.ecsbridge.testkit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimestampTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void printsUtcWithExactlyThreeFractionDigitsForWholeMilliseconds() {
        assertEquals("2026-06-01T00:00:00.000Z", new Timestamp(Instant.parse("2026-06-01T00:00:00Z")).toString());
        assertEquals("2026-06-01T00:00:00.120Z", new Timestamp(Instant.parse("2026-06-01T00:00:00.12Z")).toString());
    }

    @Test
    void printsFinerPrecisionInGroupsOfThreeDigits() {
        assertEquals("2026-06-01T00:00:00.123456Z",
                new Timestamp(Instant.parse("2026-06-01T00:00:00.123456Z")).toString());
        assertEquals("2026-06-01T00:00:00.000000001Z",
                new Timestamp(Instant.parse("2026-06-01T00:00:00.000000001Z")).toString());
    }

    @Test
    void parsesOffsetsInEveryIsoSpelling() {
        Instant expected = Instant.parse("2026-06-01T00:00:00Z");
        assertEquals(expected, Timestamp.parse("2026-06-01T00:00:00Z", PARIS).toInstant());
        assertEquals(expected, Timestamp.parse("2026-06-01T00:00:00z", PARIS).toInstant());
        assertEquals(expected, Timestamp.parse("2026-06-01T02:00:00+02:00", PARIS).toInstant());
        assertEquals(expected, Timestamp.parse("2026-06-01T02:00:00+0200", PARIS).toInstant());
        assertEquals(expected, Timestamp.parse("2026-06-01T02:00:00+02", PARIS).toInstant());
        assertEquals(expected, Timestamp.parse("2026-05-31T19:00-05:00", PARIS).toInstant());
    }

    @Test
    void textWithoutOffsetIsReadInTheDefaultZone() {
        assertEquals(Instant.parse("2026-05-31T22:00:00Z"),
                Timestamp.parse("2026-06-01T00:00:00", PARIS).toInstant());
        assertEquals(Instant.parse("2026-06-01T00:00:00Z"),
                Timestamp.parse("2026-06-01T00:00:00", ZoneOffset.UTC).toInstant());
    }

    @Test
    void acceptsASpaceSeparatorFractionsAndDateOnly() {
        assertEquals(Instant.parse("2026-06-01T10:20:30.123456789Z"),
                Timestamp.parse("2026-06-01 10:20:30.123456789Z", PARIS).toInstant());
        assertEquals(Instant.parse("2026-06-01T00:00:00Z"), Timestamp.parse("2026-06-01", ZoneOffset.UTC).toInstant());
    }

    @Test
    void rejectsNonIsoTextNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timestamp.parse("Jun  1 00:00:00", PARIS));
        assertEquals("Invalid ISO-8601 timestamp: 'Jun  1 00:00:00'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Timestamp.parse("2026-06-01T00:00:00Zjunk", PARIS));
    }

    @Test
    void equalityOrderAndMillisFollowTheInstant() {
        Timestamp early = new Timestamp(Instant.parse("2026-06-01T00:00:00.123999Z"));
        Timestamp late = new Timestamp(Instant.parse("2026-06-01T00:00:01Z"));
        assertEquals(new Timestamp(Instant.parse("2026-06-01T00:00:00.123999Z")), early);
        assertEquals(early.hashCode(), new Timestamp(early.toInstant()).hashCode());
        assertNotEquals(early, late);
        assertTrue(early.compareTo(late) < 0);
        assertEquals(Instant.parse("2026-06-01T00:00:00.123Z").toEpochMilli(), early.toEpochMilli());
    }
}
