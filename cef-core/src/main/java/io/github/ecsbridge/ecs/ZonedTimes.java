package io.github.ecsbridge.ecs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Moves between local date-times and instants with the results of {@code LocalDateTime.atZone(zone).toInstant()}
 * and {@code instant.atZone(zone).getYear()}, minus their cost for fixed offsets: {@code ZoneOffset.getRules()}
 * builds new {@code ZoneRules} on every call, and each syslog or CEF time stamp went through it.
 */
public final class ZonedTimes {

    private static final long SECONDS_PER_DAY = 86_400;

    private ZonedTimes() {
    }

    /** The instant of {@code local} in {@code zone}; gaps and overlaps of region zones resolve as in {@code atZone}. */
    public static Instant toInstant(LocalDateTime local, ZoneId zone) {
        ZoneOffset fixed = fixedOffset(zone);
        if (fixed != null) {
            return Instant.ofEpochSecond(local.toEpochSecond(fixed), local.getNano());
        }
        return local.atZone(zone).toInstant();
    }

    /** The year {@code instant} falls in, in {@code zone}. */
    public static int year(Instant instant, ZoneId zone) {
        ZoneOffset fixed = fixedOffset(zone);
        if (fixed != null) {
            long localSeconds = instant.getEpochSecond() + fixed.getTotalSeconds();
            return LocalDate.ofEpochDay(Math.floorDiv(localSeconds, SECONDS_PER_DAY)).getYear();
        }
        return instant.atZone(zone).getYear();
    }

    /** The offset of a zone that has only one ({@code +02:00}, {@code UTC}, {@code Etc/GMT-2}), else null. */
    private static ZoneOffset fixedOffset(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset;
        }
        ZoneId normalized = zone.normalized();
        return normalized instanceof ZoneOffset offset ? offset : null;
    }
}
