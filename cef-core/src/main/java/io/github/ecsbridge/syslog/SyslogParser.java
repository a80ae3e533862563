package io.github.ecsbridge.syslog;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Parses a syslog line whatever its header: RFC 5424, RFC 3164 and its variants, or none (bare CEF, bare text).
 *
 * <p>RFC 5424 is recognised by its start, {@code <PRI>VERSION SP} followed by a NILVALUE or a four-digit year and
 * {@code -}; RFC 3164 lines cannot start that way, since a BSD timestamp starts with a month name. Everything else
 * goes to {@link Rfc3164Parser}, which reports {@link SyslogFormat#NONE} when it finds no header.
 *
 * <p>Never throws; instances are immutable and thread-safe.
 */
public final class SyslogParser {

    private final Rfc5424Parser rfc5424;
    private final Rfc3164Parser rfc3164;

    /**
     * A parser that reads times without zone in {@code defaultZone}, month names in {@code locale} (English is
     * always understood) and takes the year of year-less times from {@code clock}.
     */
    public SyslogParser(ZoneId defaultZone, Locale locale, Clock clock) {
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(clock, "clock");
        this.rfc5424 = new Rfc5424Parser(defaultZone);
        this.rfc3164 = new Rfc3164Parser(defaultZone, locale, clock);
    }

    /** Parses one line (trailing LF, CR and NUL are ignored); a {@code null} line reads as empty. */
    public SyslogMessage parse(String line) {
        return line != null && looksLikeRfc5424(line) ? rfc5424.parse(line) : rfc3164.parse(line);
    }

    static boolean looksLikeRfc5424(String line) {
        int i = !line.isEmpty() && line.charAt(0) == LineCursor.BOM ? 1 : 0;
        if (i >= line.length() || line.charAt(i) != '<') {
            return false;
        }
        int digits = digitsFrom(line, i + 1);
        if (digits < 1 || digits > 3 || charAt(line, i + 1 + digits) != '>') {
            return false;
        }
        i += digits + 2;
        int versionDigits = digitsFrom(line, i);
        if (versionDigits < 1 || versionDigits > 2 || line.charAt(i) == '0' || charAt(line, i + versionDigits) != ' ') {
            return false;
        }
        i += versionDigits + 1;
        if (charAt(line, i) == '-') {
            char after = charAt(line, i + 1);
            return after == ' ' || after == 0;
        }
        return digitsFrom(line, i) == 4 && charAt(line, i + 4) == '-';
    }

    private static int digitsFrom(String line, int from) {
        int i = from;
        while (i < line.length() && LineCursor.isDigit(line.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static char charAt(String line, int index) {
        return index < line.length() ? line.charAt(index) : 0;
    }
}
