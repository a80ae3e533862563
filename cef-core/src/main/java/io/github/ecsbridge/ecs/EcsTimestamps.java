package io.github.ecsbridge.ecs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Prints instants the way every engine of this project writes time stamps: ISO-8601 UTC with exactly three fraction
 * digits, {@code 2026-06-01T00:00:00.000Z}. Finer fractions are truncated, not rounded.
 *
 * <p>The output is that of {@code DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")} in UTC, which stays
 * the reference and prints the rare instants outside years 0-9999 ({@code +10000-01-01T00:00:00.000Z}). Years 0-9999
 * are printed digit by digit instead: the formatter builds a {@code ZonedDateTime}, a print context and new
 * {@code ZoneRules} for every call, which made it a tenth of the time spent per syslog frame.
 */
public final class EcsTimestamps {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long FIRST_FAST_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final long LAST_FAST_SECOND = (LocalDate.of(9999, 12, 31).toEpochDay() + 1) * SECONDS_PER_DAY - 1;
    private static final int LENGTH = "2026-06-01T00:00:00.000Z".length();

    private EcsTimestamps() {
    }

    /** {@code 2026-06-01T00:00:00.000Z}. */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_FAST_SECOND || seconds > LAST_FAST_SECOND) {
            return REFERENCE.format(instant);
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        byte[] text = new byte[LENGTH];
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        text[19] = '.';
        digits(text, 20, instant.getNano() / 1_000_000, 3);
        text[23] = 'Z';
        // ISO-8859-1 keeps the bytes as they are: the String needs no encoding and no compression scan.
        return new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded, at {@code at}. */
    private static void digits(byte[] text, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
