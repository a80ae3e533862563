package io.github.ecsbridge.syslog;

import io.github.ecsbridge.ecs.ZonedTimes;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads ISO-8601 timestamps: the RFC 3339 form of RFC 5424 ({@code 2003-10-11T22:14:15.003-07:00}) and the forms
 * seen in RFC 3164 position ({@code 2020-07-30T20:00:59.090Z}, {@code 2022-02-11 19:12:22,962}).
 *
 * <p>Looser than RFC 3339 where senders are: lower-case {@code t} and {@code z}, more than six fraction digits, a
 * comma before the fraction, offsets without a colon or without minutes, and no offset at all (then the configured
 * zone applies).
 */
final class IsoTimestampScanner {

    static final String INVALID_TIMESTAMP = "invalid timestamp";

    private static final int NO_OFFSET = Integer.MIN_VALUE;
    private static final int BAD_OFFSET = Integer.MAX_VALUE;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private final ZoneId defaultZone;

    IsoTimestampScanner(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    /**
     * Reads a timestamp at the cursor. Returns {@code null} without moving the cursor when the text does not have
     * the shape of one; returns a time with a {@code null} instant and a warning when the shape fits but the values
     * are impossible ({@code 2024-02-30}). A space between date and time is accepted only when
     * {@code spaceSeparator} is set, because in RFC 5424 the space ends the field.
     */
    ScannedTime scan(LineCursor cursor, boolean spaceSeparator) {
        int start = cursor.pos;
        if (cursor.digitsEnd(start) - start != 4 || cursor.charAt(start + 4) != '-'
                || cursor.digitsEnd(start + 5) - start != 7 || cursor.charAt(start + 7) != '-'
                || cursor.digitsEnd(start + 8) - start != 10) {
            return null;
        }
        char separator = cursor.charAt(start + 10);
        if (separator != 'T' && separator != 't' && !(spaceSeparator && separator == ' ')) {
            return null;
        }
        cursor.pos = start + 11;
        TimeOfDay time = TimeOfDay.scan(cursor, false);
        int offsetSeconds = time == null ? BAD_OFFSET : scanOffset(cursor);
        if (offsetSeconds == BAD_OFFSET) {
            cursor.pos = start;
            return null;
        }
        String text = cursor.slice(start, cursor.pos);
        int year = cursor.number(start, start + 4);
        int month = cursor.number(start + 5, start + 7);
        int day = cursor.number(start + 8, start + 10);
        boolean validDate = month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
        boolean validOffset = offsetSeconds == NO_OFFSET || Math.abs(offsetSeconds) <= MAX_OFFSET_SECONDS;
        if (!validDate || !time.isValid() || !validOffset) {
            cursor.warn(INVALID_TIMESTAMP + " '" + text + "' at position " + start);
            return new ScannedTime(text, null);
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, time.hour, time.minute, time.second, time.nanos);
        ZoneId zone = offsetSeconds == NO_OFFSET ? defaultZone : ZoneOffset.ofTotalSeconds(offsetSeconds);
        return new ScannedTime(text, ZonedTimes.toInstant(local, zone));
    }

    /** Reads {@code Z}, {@code +hh:mm}, {@code +hhmm} or {@code +hh}; returns seconds east of UTC. */
    private static int scanOffset(LineCursor cursor) {
        int i = cursor.pos;
        char sign = cursor.charAt(i);
        if (sign == 'Z' || sign == 'z') {
            cursor.pos = i + 1;
            return 0;
        }
        if (sign != '+' && sign != '-') {
            return NO_OFFSET;
        }
        int digitsEnd = cursor.digitsEnd(i + 1);
        int hours;
        int minutes = 0;
        int next = digitsEnd;
        if (digitsEnd - i - 1 == 4) {
            hours = cursor.number(i + 1, i + 3);
            minutes = cursor.number(i + 3, i + 5);
        } else if (digitsEnd - i - 1 == 2) {
            hours = cursor.number(i + 1, digitsEnd);
            if (cursor.charAt(digitsEnd) == ':') {
                if (cursor.digitsEnd(digitsEnd + 1) - digitsEnd - 1 != 2) {
                    return BAD_OFFSET;
                }
                minutes = cursor.number(digitsEnd + 1, digitsEnd + 3);
                next = digitsEnd + 3;
            }
        } else {
            return BAD_OFFSET;
        }
        if (minutes > 59) {
            return BAD_OFFSET;
        }
        cursor.pos = next;
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }
}
