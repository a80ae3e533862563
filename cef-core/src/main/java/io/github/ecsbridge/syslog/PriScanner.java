package io.github.ecsbridge.syslog;

/**
 * Reads the {@code <PRI>} that opens RFC 3164 and RFC 5424 headers.
 *
 * <p>Only {@code <} followed by one to three digits and {@code >} counts as a PRI; anything else is message text and
 * the cursor does not move. A PRI-shaped value above 191 is consumed with a warning, so the rest of the header still
 * parses.
 */
final class PriScanner {

    static final String INVALID_PRI = "invalid PRI";

    private PriScanner() {
    }

    /** Returns the priority, or {@code null} when there is none or it is out of range. */
    static Integer scan(LineCursor cursor) {
        int start = cursor.pos;
        if (cursor.charAt(start) != '<') {
            return null;
        }
        int digitsEnd = cursor.digitsEnd(start + 1);
        int digits = digitsEnd - start - 1;
        if (digits < 1 || digits > 3 || cursor.charAt(digitsEnd) != '>') {
            return null;
        }
        cursor.pos = digitsEnd + 1;
        int priority = cursor.number(start + 1, digitsEnd);
        if (!SyslogPriority.isValid(priority)) {
            cursor.warn(INVALID_PRI + " '" + cursor.slice(start, digitsEnd + 1) + "' at position " + start
                    + ": must be between 0 and " + SyslogPriority.MAX);
            return null;
        }
        return priority;
    }
}
