package io.github.ecsbridge.ciscoesa;

import io.github.ecsbridge.ecs.EcsTimestamps;
import io.github.ecsbridge.ecs.ZonedTimes;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The three timestamp forms of ESA logs, read in one configured zone: syslog {@code Mar 17 18:24:37} (no year: the
 * clock's current year, as the integration's date processor does), FTP-file and CEF {@code Thu Mar 17 18:24:37 2022},
 * and UNIX seconds with an optional fraction. The day-of-week word is checked for shape only, because AsyncOS writes
 * weekdays that do not match the date and the integration accepts them.
 */
final class EsaTime {

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final String DAYS = "MonTueWedThuFriSatSun";

    private final ZoneId zone;
    private final Clock clock;

    EsaTime(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** ISO-8601 UTC with milliseconds, the form of every date in our documents. */
    static String format(Instant instant) {
        return EcsTimestamps.format(instant);
    }

    Instant now() {
        return clock.instant();
    }

    /** End of a syslog timestamp ({@code MMM d HH:mm:ss[.fff]}) starting at {@code start}, or -1. */
    static int syslogEnd(CharSequence text, int start) {
        if (month(text, start) == 0) {
            return -1;
        }
        int i = start + 3;
        int spaces = skipSpaces(text, i);
        if (spaces == i) {
            return -1;
        }
        i = digits(text, spaces, 1, 2);
        if (i < 0 || i >= text.length() || text.charAt(i) != ' ') {
            return -1;
        }
        return timeEnd(text, i + 1);
    }

    /** End of a ctime timestamp ({@code EEE MMM d HH:mm:ss yyyy}) starting at {@code start}, or -1. */
    static int ctimeEnd(CharSequence text, int start) {
        if (!word(text, start, DAYS) || start + 3 >= text.length() || text.charAt(start + 3) != ' ') {
            return -1;
        }
        int i = syslogEnd(text, start + 4);
        if (i < 0 || i >= text.length() || text.charAt(i) != ' ') {
            return -1;
        }
        int end = digits(text, i + 1, 4, 4);
        return end < 0 || (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) ? -1 : end;
    }

    /** A syslog timestamp in the configured zone and the clock's current year. */
    Instant syslog(String text) {
        int end = syslogEnd(text, 0);
        if (end != text.length()) {
            throw new DateTimeException("not a syslog timestamp");
        }
        int year = ZonedTimes.year(clock.instant(), zone);
        return at(year, text, 0);
    }

    /** A ctime timestamp ({@code Thu Mar 17 18:24:37 2022}) in the configured zone. */
    Instant ctime(String text) {
        int end = ctimeEnd(text, 0);
        if (end != text.length()) {
            throw new DateTimeException("not a ctime timestamp");
        }
        int year = number(text, end - 4, end);
        return at(year, text, 4);
    }

    /** UNIX seconds with an optional decimal fraction. */
    static Instant unix(String text) {
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        if (whole.isEmpty() || !whole.chars().allMatch(Character::isDigit)
                || !fraction.chars().allMatch(Character::isDigit) || whole.length() > 12) {
            throw new DateTimeException("not UNIX seconds");
        }
        long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000000").substring(0, 9));
        return Instant.ofEpochSecond(Long.parseLong(whole), nanos);
    }

    /** Any of the three forms, chosen by shape; dates of CEF extensions and AMP records come here. */
    Instant any(String text) {
        if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
            return unix(text);
        }
        return ctimeEnd(text, 0) == text.length() ? ctime(text) : syslog(text);
    }

    private Instant at(int year, String text, int monthStart) {
        int month = month(text, monthStart);
        int i = skipSpaces(text, monthStart + 3);
        int dayEnd = digits(text, i, 1, 2);
        int day = number(text, i, dayEnd);
        int t = dayEnd + 1;
        int hourEnd = digits(text, t, 1, 2);
        int hour = number(text, t, hourEnd);
        int minute = number(text, hourEnd + 1, hourEnd + 3);
        int second = number(text, hourEnd + 4, hourEnd + 6);
        int nanos = 0;
        int f = hourEnd + 6;
        if (f < text.length() && (text.charAt(f) == '.' || text.charAt(f) == ',')) {
            int fEnd = digits(text, f + 1, 1, 9);
            // The fraction's digits, right-padded with zeros to nanoseconds.
            nanos = number(text, f + 1, fEnd);
            for (int scale = fEnd - f - 1; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        return ZonedTimes.toInstant(LocalDateTime.of(year, month, day, hour, minute, second, nanos), zone);
    }

    /** The value of the digits from {@code start} to {@code end}, which the scanners have checked, as parseInt. */
    private static int number(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + Character.digit(text.charAt(i), 10);
        }
        return value;
    }

    private static int timeEnd(CharSequence text, int start) {
        int i = digits(text, start, 1, 2);
        if (i < 0 || i >= text.length() || text.charAt(i) != ':') {
            return -1;
        }
        i = digits(text, i + 1, 2, 2);
        if (i < 0 || i >= text.length() || text.charAt(i) != ':') {
            return -1;
        }
        i = digits(text, i + 1, 2, 2);
        if (i < 0) {
            return -1;
        }
        if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',')
                && Character.isDigit(text.charAt(i + 1))) {
            i = digits(text, i + 1, 1, 9);
        }
        return i;
    }

    /** 1-based month of the three-letter English name at {@code start}, or 0. */
    private static int month(CharSequence text, int start) {
        if (start + 3 > text.length()) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            if (MONTHS.regionMatches(m * 3, text.toString(), start, 3)) {
                return m + 1;
            }
        }
        return 0;
    }

    private static boolean word(CharSequence text, int start, String words) {
        if (start + 3 > text.length()) {
            return false;
        }
        for (int w = 0; w < words.length(); w += 3) {
            if (words.regionMatches(w, text.toString(), start, 3)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(CharSequence text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** End of a run of {@code min}..{@code max} digits at {@code start}, or -1. */
    private static int digits(CharSequence text, int start, int min, int max) {
        int i = start;
        while (i < text.length() && i - start < max && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i - start >= min ? i : -1;
    }
}
