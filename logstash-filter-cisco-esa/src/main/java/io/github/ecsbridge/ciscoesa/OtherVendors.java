package io.github.ecsbridge.ciscoesa;

import io.github.ecsbridge.cef.CefScanner;
import io.github.ecsbridge.syslog.SyslogFormat;
import io.github.ecsbridge.syslog.SyslogMessage;
import io.github.ecsbridge.syslog.SyslogParser;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Tells events of other vendors from ESA events, so that the filter can share a pipeline with other vendors' filters.
 * An event belongs to another vendor when another filter mapped it already ({@code event.module} names another
 * module), when it came in an RFC 5424 frame, which is none of the ESA forms {@link HeaderParser} reads (ESA's syslog
 * push writes BSD headers), or when it is a CEF record whose Device Vendor is not {@value #CISCO}: decoded by an
 * input, or a raw line whose payload, after the syslog header, opens with {@code CEF:}. That is where ESA puts its
 * consolidated events and where the {@code cefsyslog} input looks for CEF; a {@code CEF:} further in is text, such as
 * a mail subject, which must not decide whether an ESA line is parsed. Immutable and thread-safe.
 */
final class OtherVendors {

    /** The Device Vendor of ESA's CEF records. */
    static final String CISCO = "Cisco";

    private final SyslogParser syslog;

    /** @param clock only used by the syslog parser for year-less times, which do not matter here */
    OtherVendors(Clock clock) {
        // Only the header's form and where its payload starts are read, not its times.
        this.syslog = new SyslogParser(ZoneOffset.UTC, Locale.ENGLISH, clock);
    }

    /** Whether another vendor's filter mapped the event: its {@code event.module} is set and not ours. */
    static boolean mappedByAnotherModule(Object module) {
        return module instanceof String name && !name.equals(CiscoEsaParser.MODULE);
    }

    /** Whether the Device Vendor of a decoded CEF record is not Cisco; a record without vendor is not Cisco's. */
    static boolean isOtherVendor(String cefVendor) {
        return cefVendor == null || !cefVendor.trim().equalsIgnoreCase(CISCO);
    }

    /** Whether a raw line is another vendor's: an RFC 5424 frame or a foreign CEF record; {@code null} is not. */
    boolean isOtherVendorsLine(String line) {
        if (line == null || !mayBeRfc5424(line) && !hasForeignCefHeader(line)) {
            // Most ESA lines are neither, and ESA's own CEF records are Cisco's wherever their payload starts: they
            // skip the header parse.
            return false;
        }
        SyslogMessage message = syslog.parse(line);
        if (message.format() == SyslogFormat.RFC5424) {
            return true;
        }
        String payload = message.payload();
        int start = 0;
        while (start < payload.length() && payload.charAt(start) == ' ') {
            start++;
        }
        if (!payload.startsWith(CefScanner.MARKER, start)) {
            return false;
        }
        String vendor = deviceVendor(payload, start + CefScanner.MARKER.length());
        // A header cut before its vendor cannot be told apart; the ESA parser reports it.
        return vendor != null && isOtherVendor(vendor);
    }

    /**
     * Whether some {@code CEF:} in the line opens a header whose vendor is not Cisco's. The payload is a part of the
     * line, so a line where none does cannot have a payload that opens with a foreign record.
     */
    private static boolean hasForeignCefHeader(String line) {
        for (int at = line.indexOf(CefScanner.MARKER); at >= 0; at = line.indexOf(CefScanner.MARKER, at + 1)) {
            String vendor = deviceVendor(line, at + CefScanner.MARKER.length());
            if (vendor != null && isOtherVendor(vendor)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit follows a leading {@code <PRI>}, as the VERSION of RFC 5424 does and no ESA header. */
    private static boolean mayBeRfc5424(String line) {
        int i = !line.isEmpty() && line.charAt(0) == '\uFEFF' ? 1 : 0;
        if (!line.startsWith("<", i)) {
            return false;
        }
        int close = i + 1;
        while (close < line.length() && close <= i + 4 && line.charAt(close) != '>') {
            close++;
        }
        return close + 1 < line.length() && line.charAt(close) == '>'
                && line.charAt(close + 1) >= '1' && line.charAt(close + 1) <= '9';
    }

    /** The second CEF header field (after the version), unescaped, or {@code null} when the header ends before. */
    private static String deviceVendor(String text, int from) {
        int field = 0;
        StringBuilder vendor = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i++;
                if (field == 1) {
                    vendor.append(text.charAt(i));
                }
            } else if (c == '|') {
                field++;
                if (field == 2) {
                    return vendor.toString();
                }
            } else if (field == 1) {
                vendor.append(c);
            }
        }
        return null;
    }
}
