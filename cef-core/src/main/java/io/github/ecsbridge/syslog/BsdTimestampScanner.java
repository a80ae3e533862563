package io.github.ecsbridge.syslog;

import io.github.ecsbridge.ecs.ZonedTimes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads the BSD timestamps of RFC 3164 and the variants devices send instead:
 *
 * <pre>
 *   [weekday] month[.] day[,] [year] hh:mm:ss[.fraction] [zone] [year]
 *   Oct  9 22:14:15            RFC 3164, space-padded day
 *   Aug 04 2021 11:31:32       year before the time (Aruba, Cisco ASA)
 *   July 16, 2017 10:34:23     full month, comma, year (Kaspersky KLMS and KWTS documentation)
 *   Tue Aug 13 15:15:49 2019   ctime (Cisco ESA), also with the year after a zone
 *   Jan 23 12:10:16 UTC        zone token (OPSWAT)
 * </pre>
 *
 * Month and weekday names come from {@link CalendarNames}. Zone tokens are {@code UTC}, {@code GMT}, {@code UT},
 * {@code Z} and numeric offsets; abbreviations such as {@code CET} are ambiguous and would be taken for a host name.
 * A year-less time gets its year from {@link YearInference}; a time without zone uses the configured zone.
 */
final class BsdTimestampScanner {

    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private final CalendarNames names;
    private final YearInference years;
    private final ZoneId defaultZone;

    BsdTimestampScanner(CalendarNames names, YearInference years, ZoneId defaultZone) {
        this.names = names;
        this.years = years;
        this.defaultZone = defaultZone;
    }

    /**
     * Reads a timestamp at the cursor. Returns {@code null} without moving the cursor when the text does not have
     * the shape of one; returns a time with a {@code null} instant and a warning when the shape fits but the values
     * are impossible ({@code Feb 30}).
     */
    ScannedTime scan(LineCursor cursor) {
        int start = cursor.pos;
        int i = start;
        int wordEnd = lettersEnd(cursor, i);
        if (wordEnd > i && names.isWeekday(cursor.text, i, wordEnd)) {
            // Only a month after it makes the word a weekday: Spanish "mar" is both Tuesday and March.
            int next = afterSpaces(cursor, skipDot(cursor, wordEnd));
            int nextEnd = next < 0 ? -1 : lettersEnd(cursor, next);
            if (next >= 0 && nextEnd > next && names.month(cursor.text, next, nextEnd) != 0) {
                i = next;
                wordEnd = nextEnd;
            }
        }
        int month = wordEnd > i ? names.month(cursor.text, i, wordEnd) : 0;
        if (month == 0) {
            return null;
        }
        i = afterSpaces(cursor, skipDot(cursor, wordEnd));
        int dayEnd = i < 0 ? -1 : cursor.digitsEnd(i);
        if (i < 0 || dayEnd - i < 1 || dayEnd - i > 2) {
            return null;
        }
        int day = cursor.number(i, dayEnd);
        i = afterSpaces(cursor, cursor.charAt(dayEnd) == ',' ? dayEnd + 1 : dayEnd);
        if (i < 0) {
            return null;
        }
        int year = -1;
        if (cursor.digitsEnd(i) - i == 4 && cursor.charAt(i + 4) == ' ') {
            year = cursor.number(i, i + 4);
            i = afterSpaces(cursor, i + 4);
            if (i < 0) {
                return null;
            }
        }
        cursor.pos = i;
        TimeOfDay time = TimeOfDay.scan(cursor, true);
        if (time == null) {
            cursor.pos = start;
            return null;
        }
        ZoneId zone = null;
        for (int trailing = 0; trailing < 2; trailing++) {
            int token = afterSpaces(cursor, cursor.pos);
            if (token < 0) {
                break;
            }
            if (year < 0 && isYear(cursor, token)) {
                year = cursor.number(token, token + 4);
                cursor.pos = token + 4;
                continue;
            }
            int tokenEnd = cursor.tokenEnd(token);
            int zoneEnd = cursor.charAt(tokenEnd - 1) == ':' ? tokenEnd - 1 : tokenEnd;
            ZoneId tokenZone = zone == null ? zoneToken(cursor, token, zoneEnd) : null;
            if (tokenZone == null) {
                break;
            }
            zone = tokenZone;
            cursor.pos = zoneEnd;
        }
        String text = cursor.slice(start, cursor.pos);
        Instant instant = toInstant(year, month, day, time, zone == null ? defaultZone : zone);
        if (instant == null) {
            cursor.warn(IsoTimestampScanner.INVALID_TIMESTAMP + " '" + text + "' at position " + start);
        }
        return new ScannedTime(text, instant);
    }

    private Instant toInstant(int year, int month, int day, TimeOfDay time, ZoneId zone) {
        int maxDay = year < 0 ? Month.of(month).maxLength() : Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > maxDay || !time.isValid()) {
            return null;
        }
        if (year < 0) {
            return years.resolve(month, day, time.hour, time.minute, time.second, time.nanos, zone);
        }
        return ZonedTimes.toInstant(
                LocalDateTime.of(year, month, day, time.hour, time.minute, time.second, time.nanos), zone);
    }

    /** A four-digit year ends at a space, at the colon of the ctime form, or at the end. */
    private static boolean isYear(LineCursor cursor, int at) {
        if (cursor.digitsEnd(at) - at != 4) {
            return false;
        }
        char after = cursor.charAt(at + 4);
        return after == ' ' || after == ':' || at + 4 >= cursor.end;
    }

    private static ZoneId zoneToken(LineCursor cursor, int from, int to) {
        String text = cursor.text;
        int length = to - from;
        if (length == 3 && (text.regionMatches(from, "UTC", 0, 3) || text.regionMatches(from, "GMT", 0, 3))
                || length == 2 && text.regionMatches(from, "UT", 0, 2)
                || length == 1 && text.charAt(from) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = text.charAt(from);
        if ((sign == '+' || sign == '-') && (length == 5 || length == 6 && text.charAt(from + 3) == ':')) {
            int minutesAt = length == 5 ? from + 3 : from + 4;
            if (cursor.digitsEnd(from + 1) - from - 1 >= 2 && cursor.digitsEnd(minutesAt) - minutesAt == 2) {
                int hours = cursor.number(from + 1, from + 3);
                int minutes = cursor.number(minutesAt, minutesAt + 2);
                int seconds = hours * 3600 + minutes * 60;
                if (minutes <= 59 && seconds <= MAX_OFFSET_SECONDS) {
                    return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
                }
            }
        }
        return null;
    }

    private static int lettersEnd(LineCursor cursor, int from) {
        int i = from;
        while (i < cursor.end && Character.isLetter(cursor.text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipDot(LineCursor cursor, int at) {
        return cursor.charAt(at) == '.' ? at + 1 : at;
    }

    /** The index after one or more spaces at {@code at}, or -1 when there is no space there. */
    private static int afterSpaces(LineCursor cursor, int at) {
        int i = at;
        while (i < cursor.end && cursor.text.charAt(i) == ' ') {
            i++;
        }
        return i > at && i < cursor.end ? i : -1;
    }
}
