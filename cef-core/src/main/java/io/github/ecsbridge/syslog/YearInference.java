package io.github.ecsbridge.syslog;

import io.github.ecsbridge.ecs.ZonedTimes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;

/**
 * Picks the year of a BSD timestamp, which has none: the most recent year that does not put the time more than one
 * day after the clock.
 *
 * <p>"Most recent" keeps replayed old files in the past and puts a December line read on the first of January in the
 * previous year (Filebeat issue 15442 indexed such lines a year ahead). The one-day allowance absorbs sender clocks
 * running ahead and a configured zone that differs from the sender's, so a line written just after midnight on New
 * Year by a fast clock still lands in the new year. February 29 looks back up to four years for a leap year.
 */
final class YearInference {

    private static final long ALLOWANCE_SECONDS = 24 * 60 * 60;

    private final Clock clock;

    YearInference(Clock clock) {
        this.clock = clock;
    }

    /**
     * The instant of the given local date and time in {@code zone}, or {@code null} when no recent year has it. The
     * caller has checked that the day exists in some year ({@code Feb 29} but not {@code Feb 30}).
     */
    Instant resolve(int month, int day, int hour, int minute, int second, int nanos, ZoneId zone) {
        Instant now = clock.instant();
        Instant limit = now.plusSeconds(ALLOWANCE_SECONDS);
        int thisYear = ZonedTimes.year(now, zone);
        for (int year = thisYear + 1; year >= thisYear - 4; year--) {
            if (month == 2 && day == 29 && !Year.isLeap(year)) {
                continue;
            }
            Instant candidate = ZonedTimes.toInstant(LocalDateTime.of(year, month, day, hour, minute, second, nanos),
                    zone);
            if (!candidate.isAfter(limit)) {
                return candidate;
            }
        }
        return null;
    }
}
