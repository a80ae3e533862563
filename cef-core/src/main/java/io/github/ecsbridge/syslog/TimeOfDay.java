package io.github.ecsbridge.syslog;

/** The {@code hh:mm[:ss][.fraction]} part shared by BSD and ISO-8601 timestamps; a fraction may use {@code ,}. */
final class TimeOfDay {

    private static final int MAX_FRACTION_DIGITS = 9;

    final int hour;
    final int minute;
    final int second;
    final int nanos;

    private TimeOfDay(int hour, int minute, int second, int nanos) {
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.nanos = nanos;
    }

    /**
     * Reads a time of day at the cursor: one or two hour digits, two minute digits, then two second digits (required
     * when {@code secondsRequired}) and an optional fraction of any length, of which nine digits are kept. Returns
     * {@code null} without moving the cursor when the text has another shape.
     */
    static TimeOfDay scan(LineCursor cursor, boolean secondsRequired) {
        int i = cursor.pos;
        int hourEnd = cursor.digitsEnd(i);
        if (hourEnd - i < 1 || hourEnd - i > 2 || cursor.charAt(hourEnd) != ':') {
            return null;
        }
        int minuteEnd = cursor.digitsEnd(hourEnd + 1);
        if (minuteEnd - hourEnd - 1 != 2) {
            return null;
        }
        int hour = cursor.number(i, hourEnd);
        int minute = cursor.number(hourEnd + 1, minuteEnd);
        int second = 0;
        int nanos = 0;
        int next = minuteEnd;
        if (cursor.charAt(next) == ':' && cursor.digitsEnd(next + 1) - next - 1 == 2) {
            second = cursor.number(next + 1, next + 3);
            next += 3;
            char mark = cursor.charAt(next);
            if ((mark == '.' || mark == ',') && LineCursor.isDigit(cursor.charAt(next + 1))) {
                int fractionEnd = cursor.digitsEnd(next + 1);
                int kept = Math.min(fractionEnd - next - 1, MAX_FRACTION_DIGITS);
                nanos = cursor.number(next + 1, next + 1 + kept);
                for (int pad = kept; pad < MAX_FRACTION_DIGITS; pad++) {
                    nanos *= 10;
                }
                next = fractionEnd;
            }
        } else if (secondsRequired) {
            return null;
        }
        if (LineCursor.isDigit(cursor.charAt(next))) {
            return null;
        }
        cursor.pos = next;
        return new TimeOfDay(hour, minute, second, nanos);
    }

    /** Whether the fields form a real time; a leap second 60 is not accepted, as RFC 5424 forbids it. */
    boolean isValid() {
        return hour <= 23 && minute <= 59 && second <= 59;
    }
}
