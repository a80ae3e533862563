package io.github.ecsbridge.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast printer gives exactly what the pattern formatter it replaces gives, inside and outside years 0-9999. */
class EcsTimestampsTest {

    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2024-02-29T12:34:56.789Z",
            "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "2000-03-01T00:00:00.0005Z"})
    void edgeInstantsPrintAsThePatternPrintsThem(String instant) {
        Instant value = Instant.parse(instant);
        assertEquals(PATTERN.format(value), EcsTimestamps.format(value));
    }

    @Test
    void fractionsAreTruncatedToMilliseconds() {
        assertEquals("2026-06-01T10:20:30.123Z", EcsTimestamps.format(Instant.parse("2026-06-01T10:20:30.123999Z")));
    }

    @Test
    void seededRandomInstantsPrintAsThePatternPrintsThem() {
        Random random = new Random(20260601);
        long first = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long second = first + (long) (random.nextDouble() * (last - first));
            Instant value = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
            assertEquals(PATTERN.format(value), EcsTimestamps.format(value), value.toString());
        }
    }
}
