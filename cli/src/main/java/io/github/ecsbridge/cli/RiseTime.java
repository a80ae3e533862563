package io.github.ecsbridge.cli;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code %RISE_TIME%} text Security Center passes to a notifier, which follows the regional settings of
 * the KSC server ({@code 30.05.2026 9:19:58}, {@code 5/30/2026 9:19:58 AM}, {@code 2026-05-30 09:19:58}), as the
 * CEF time {@code rt} in epoch milliseconds: no CEF time form covers the regional ones.
 */
final class RiseTime {

    /** Regional forms without zone; a day-first slash form only in 24-hour time, where US settings use AM/PM. */
    private static final List<DateTimeFormatter> LOCAL_FORMS = List.of(
            form("d.M.uuuu H:mm[:ss]"),
            form("M/d/uuuu h:mm[:ss] a"),
            form("d/M/uuuu H:mm[:ss]"),
            form("uuuu-M-d[ ]['T']H:mm[:ss][.SSS]"));

    private RiseTime() {
    }

    /**
     * The epoch milliseconds of {@code text}, read in {@code zone} unless it carries an offset, or {@code text}
     * itself when it is in none of the known forms (the decoder then names it in {@code error.message}).
     */
    static String toCefTime(String text, ZoneId zone) {
        String trimmed = text.trim();
        try {
            return Long.toString(OffsetDateTime.parse(trimmed).toInstant().toEpochMilli());
        } catch (DateTimeException e) {
            // Not ISO-8601 with an offset: try the regional forms.
        }
        for (DateTimeFormatter form : LOCAL_FORMS) {
            try {
                return Long.toString(LocalDateTime.parse(trimmed, form).atZone(zone).toInstant().toEpochMilli());
            } catch (DateTimeException e) {
                // Next form.
            }
        }
        return text;
    }

    private static DateTimeFormatter form(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
