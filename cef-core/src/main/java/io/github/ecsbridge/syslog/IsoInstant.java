package io.github.ecsbridge.syslog;

import io.github.ecsbridge.ecs.EcsTimestamps;

import java.time.Instant;

/** Formats instants the way every engine of this project writes {@code @timestamp}: ISO-8601 UTC with milliseconds. */
public final class IsoInstant {

    private IsoInstant() {
    }

    /** {@code 2026-06-01T00:00:00.000Z}; finer fractions are truncated, not rounded. See {@link EcsTimestamps}. */
    public static String format(Instant instant) {
        return EcsTimestamps.format(instant);
    }
}
