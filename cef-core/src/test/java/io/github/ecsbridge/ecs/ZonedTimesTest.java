package io.github.ecsbridge.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Conversions agree with {@code atZone} for offsets, fixed regions and zones with summer time gaps and overlaps. */
class ZonedTimesTest {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30),
            ZoneOffset.ofHours(-18), ZoneId.of("UTC"), ZoneId.of("Etc/GMT-2"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));

    @Test
    void instantsOfLocalTimesAgreeWithAtZone() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            LocalDateTime local = LocalDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    random.nextInt(1_000_000_000));
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            assertEquals(local.atZone(zone).toInstant(), ZonedTimes.toInstant(local, zone), local + " " + zone);
        }
    }

    @Test
    void localTimesInASummerTimeGapAndOverlapResolveAsAtZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        for (String local : List.of("2025-03-30T02:30:00", "2025-10-26T02:30:00")) {
            LocalDateTime time = LocalDateTime.parse(local);
            assertEquals(time.atZone(berlin).toInstant(), ZonedTimes.toInstant(time, berlin));
        }
    }

    @Test
    void yearsAgreeWithAtZone() {
        Random random = new Random(7);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first)));
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            assertEquals(instant.atZone(zone).getYear(), ZonedTimes.year(instant, zone), instant + " " + zone);
        }
        assertEquals(2027, ZonedTimes.year(Instant.parse("2026-12-31T23:00:00Z"), ZoneOffset.ofHours(2)));
    }
}
