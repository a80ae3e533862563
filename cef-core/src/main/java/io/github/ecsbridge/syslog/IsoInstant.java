package io.github.ecsbridge.syslog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats instants the way every engine of this project writes {@code @timestamp}: ISO-8601 UTC with milliseconds. */
public final class IsoInstant {

    // Four-digit years and exactly three fraction digits, so documents compare equal as text across engines.
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private IsoInstant() {
    }

    /** {@code 2026-06-01T00:00:00.000Z}; finer fractions are truncated, not rounded. */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
