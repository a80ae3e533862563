package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiseTimeTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "30.05.2026 9:19:58       | 2026-05-30T06:19:58Z",
        "30.05.2026 09:19         | 2026-05-30T06:19:00Z",
        "5/30/2026 9:19:58 AM     | 2026-05-30T06:19:58Z",
        "5/30/2026 9:19:58 pm     | 2026-05-30T18:19:58Z",
        "30/05/2026 21:19:58      | 2026-05-30T18:19:58Z",
        "2026-05-30 09:19:58      | 2026-05-30T06:19:58Z",
        "2026-05-30T09:19:58.250  | 2026-05-30T06:19:58.250Z",
        "2026-05-30T09:19:58+02:00 | 2026-05-30T07:19:58Z",
    })
    void regionalFormsBecomeEpochMillisInTheServersZone(String text, String instant) {
        assertEquals(Long.toString(Instant.parse(instant).toEpochMilli()), RiseTime.toCefTime(text, MOSCOW));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1780132798000", "May 30 2026 09:19:58", "31.02.2026 10:00:00", "soon"})
    void otherTextIsPassedOnForTheDecoderToRead(String text) {
        assertEquals(text, RiseTime.toCefTime(text, MOSCOW));
    }
}
