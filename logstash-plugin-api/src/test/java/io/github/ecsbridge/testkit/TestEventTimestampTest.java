package io.github.ecsbridge.testkit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestEventTimestampTest {

    @Test
    void aNewEventIsStampedNowWithVersionOne() {
        Instant before = Instant.now();
        TestEvent event = new TestEvent();
        Instant after = Instant.now();
        Timestamp timestamp = assertInstanceOf(Timestamp.class, event.getField("@timestamp"));
        assertFalse(timestamp.toInstant().isBefore(before));
        assertFalse(timestamp.toInstant().isAfter(after));
        assertEquals("1", event.getField("@version"));
    }

    @Test
    void aGivenVersionIsKept() {
        assertEquals("2", new TestEvent(Map.of("@version", "2")).getField("@version"));
    }

    @Test
    void eventTimestampAccessorsWorkInMilliseconds() {
        TestEvent event = new TestEvent();
        event.setEventTimestamp(Instant.parse("2026-06-01T00:00:00.123456789Z"));
        assertEquals(Instant.parse("2026-06-01T00:00:00.123Z"), event.getEventTimestamp());
        assertEquals("2026-06-01T00:00:00.123Z", event.getField("@timestamp").toString());
    }

    @Test
    void settingANullEventTimestampMeansNowInMilliseconds() {
        TestEvent event = new TestEvent(Map.of("@timestamp", "2000-01-01T00:00:00Z"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        event.setEventTimestamp(null);
        Instant after = Instant.now();
        Instant stamped = event.getEventTimestamp();
        assertFalse(stamped.isBefore(before));
        assertFalse(stamped.isAfter(after));
        assertEquals(0, ((Timestamp) event.getField("@timestamp")).toInstant().getNano() % 1_000_000);
    }

    @Test
    void zonedDateTimeKeepsFullPrecisionWhileTheAccessorTruncates() {
        TestEvent event = new TestEvent();
        event.setField("@timestamp", ZonedDateTime.parse("2026-06-01T00:00:00.123456789Z"));
        assertEquals("2026-06-01T00:00:00.123456789Z", event.getField("@timestamp").toString());
        assertEquals(Instant.parse("2026-06-01T00:00:00.123Z"), event.getEventTimestamp());
    }

    @Test
    void anIsoStringInTheInputMapIsParsed() {
        TestEvent event = new TestEvent(Map.of("@timestamp", "2026-06-01T02:00:00.5+02:00"));
        assertEquals(new Timestamp(Instant.parse("2026-06-01T00:00:00.500Z")), event.getField("@timestamp"));
        assertNull(event.getField("tags"));
    }

    @Test
    void anInputStringWithoutZoneIsReadInTheJvmDefaultZone() {
        TestEvent event = new TestEvent(Map.of("@timestamp", "2026-06-01T00:00:00"));
        Instant expected = ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneId.systemDefault()).toInstant();
        assertEquals(expected, event.getEventTimestamp());
    }

    @Test
    void dateTypesInTheInputMapAreAccepted() {
        Instant instant = Instant.parse("2026-06-01T00:00:00Z");
        assertEquals(instant, new TestEvent(Map.of("@timestamp", Date.from(instant))).getEventTimestamp());
        assertEquals(instant, new TestEvent(Map.of("@timestamp", new Timestamp(instant))).getEventTimestamp());
        assertEquals(instant, new TestEvent(Map.of("@timestamp",
                ZonedDateTime.parse("2026-06-01T00:00:00Z"))).getEventTimestamp());
    }

    @Test
    void anUnparseableInputTimestampIsTaggedAndKept() {
        Instant before = Instant.now();
        TestEvent event = new TestEvent(Map.of("@timestamp", "yesterday"));
        assertEquals(List.of(TestEvent.TIMESTAMP_FAILURE_TAG), event.getField("tags"));
        assertEquals("yesterday", event.getField("_@timestamp"));
        assertFalse(((Timestamp) event.getField("@timestamp")).toInstant().isBefore(before));
    }

    @Test
    void aNonStringNonDateInputTimestampIsTaggedAndKept() {
        TestEvent event = new TestEvent(Map.of("@timestamp", 1_780_272_000_000L, "tags", "existing"));
        assertEquals(List.of("existing", "_timestampparsefailure"), event.getField("tags"));
        assertEquals(1_780_272_000_000L, event.getField("_@timestamp"));
    }

    @Test
    void aRemovedTimestampReadsAsNull() {
        TestEvent event = new TestEvent();
        assertInstanceOf(Timestamp.class, event.remove("@timestamp"));
        assertNull(event.getEventTimestamp());
        assertFalse(event.includes("@timestamp"));
    }

    @Test
    void setFieldDoesNotParseStringsSoTheAccessorThenFailsAsInLogstash() {
        TestEvent event = new TestEvent();
        event.setField("@timestamp", "2026-06-01T00:00:00Z");
        assertEquals("2026-06-01T00:00:00Z", event.getField("@timestamp"));
        assertThrows(ClassCastException.class, event::getEventTimestamp);
        assertTrue(event.includes("@timestamp"));
    }
}
