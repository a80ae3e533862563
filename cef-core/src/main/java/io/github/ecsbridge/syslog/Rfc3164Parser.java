package io.github.ecsbridge.syslog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Parses BSD syslog lines (RFC 3164) and the header variants seen in front of CEF, in one left-to-right pass:
 *
 * <pre>
 *   [&lt;PRI&gt;] [TIMESTAMP [:] [HOSTNAME] [TAG:]] MSG
 *   &lt;189&gt;Jun 18 10:55:50 host CEF:0|...
 *   Aug 14 17:07:42 host.domain.com KSMG: CEF:0|...
 *   &lt;22&gt;Mar 17 18:24:37 esa.example.com mail_logs: Info: MID 1 ...
 *   &lt;167&gt;2020-07-30T20:00:59.090Z Esxi01 Vpxa: ...
 *   Tue Aug 13 15:15:49 2019: CEF:0|Cisco|...
 * </pre>
 *
 * <p>The timestamp forms are those of {@link BsdTimestampScanner} and {@link IsoTimestampScanner}. After the
 * timestamp a colon ends the header (the ctime form). Then a token that ends in {@code :} and has the shape
 * {@code prog} or {@code prog[pid]} is the TAG (Logstash's {@code SYSLOGPROG}); a token of host-name characters is
 * the HOSTNAME and may be followed by a TAG. A token starting with {@code CEF:} always starts the MSG, so CEF is never
 * taken for a host or a tag. Without a timestamp there is no host or tag: the rest is MSG, as RFC 3164 section 4.3.3
 * tells relays to treat such lines. Whether a bare word after the timestamp is a host or the start of the text
 * cannot be told; like Logstash's grok, it is taken as the host.
 *
 * <p>Never throws; instances are immutable and thread-safe.
 */
public final class Rfc3164Parser {

    private enum State { PRIORITY, TIMESTAMP, HOSTNAME, TAG, MESSAGE }

    private final BsdTimestampScanner bsdTimestamps;
    private final IsoTimestampScanner isoTimestamps;

    /** A parser reading zone-less times in {@code defaultZone}, month names in {@code locale} and English. */
    public Rfc3164Parser(ZoneId defaultZone, Locale locale, Clock clock) {
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(clock, "clock");
        this.bsdTimestamps = new BsdTimestampScanner(new CalendarNames(locale), new YearInference(clock), defaultZone);
        this.isoTimestamps = new IsoTimestampScanner(defaultZone);
    }

    /** Parses one line; format {@link SyslogFormat#NONE} when it has neither PRI nor timestamp. */
    public SyslogMessage parse(String line) {
        return new Scan(new LineCursor(line)).run();
    }

    /** The state of one parse call. */
    private final class Scan {
        private final LineCursor cursor;
        private boolean priSeen;
        private Integer priority;
        private ScannedTime time;
        private String hostname;
        private String appName;
        private String procId;

        Scan(LineCursor cursor) {
            this.cursor = cursor;
        }

        SyslogMessage run() {
            State state = State.PRIORITY;
            while (state != State.MESSAGE) {
                state = switch (state) {
                    case PRIORITY -> priority();
                    case TIMESTAMP -> timestamp();
                    case HOSTNAME -> hostname();
                    case TAG -> tag();
                    case MESSAGE -> State.MESSAGE;
                };
            }
            SyslogFormat format = priSeen || time != null ? SyslogFormat.RFC3164 : SyslogFormat.NONE;
            if (format == SyslogFormat.NONE) {
                cursor.pos = 0;
            } else {
                cursor.skipSpaces();
            }
            cursor.skipBom();
            int payloadOffset = cursor.pos;
            return new SyslogMessage(format, priority, time == null ? null : time.text(), instant(), hostname,
                    appName, procId, null, null, null, null, cursor.rest(), payloadOffset, cursor.warnings);
        }

        private State priority() {
            int start = cursor.pos;
            priority = PriScanner.scan(cursor);
            priSeen = cursor.pos > start;
            return State.TIMESTAMP;
        }

        private State timestamp() {
            time = LineCursor.isDigit(cursor.peek()) ? isoTimestamps.scan(cursor, true) : bsdTimestamps.scan(cursor);
            if (time == null) {
                return State.MESSAGE;
            }
            if (cursor.peek() == ':') {
                cursor.pos++;
                return State.MESSAGE;
            }
            return State.HOSTNAME;
        }

        private State hostname() {
            if (cursor.skipSpaces() == 0) {
                return State.MESSAGE;
            }
            int start = cursor.pos;
            int end = cursor.tokenEnd(start);
            if (startsCef(start) || isTag(start, end)) {
                return State.TAG;
            }
            if (!isHostName(start, end)) {
                return State.MESSAGE;
            }
            hostname = cursor.slice(start, end);
            cursor.pos = end;
            return State.TAG;
        }

        private State tag() {
            if (cursor.skipSpaces() == 0 && hostname != null) {
                return State.MESSAGE;
            }
            int start = cursor.pos;
            int end = cursor.tokenEnd(start);
            if (startsCef(start)) {
                return State.MESSAGE;
            }
            if (end - start == 1 && cursor.charAt(start) == ':') {
                // "ASA001 : %ASA-..." puts a lone colon where the tag would be.
                cursor.pos = end;
                return State.MESSAGE;
            }
            if (isTag(start, end)) {
                int bracket = cursor.text.indexOf('[', start);
                boolean hasPid = bracket >= 0 && bracket < end;
                appName = cursor.slice(start, hasPid ? bracket : end - 1);
                procId = hasPid ? cursor.slice(bracket + 1, end - 2) : null;
                cursor.pos = end;
            } else if (isWordBeforeCef(start, end)) {
                // RFC 3164 ends the TAG at any non-alphanumeric character; a space counts only where CEF shows
                // where the content starts (Kaspersky Security Center sends "host SyslogGen CEF:0|...").
                appName = cursor.slice(start, end);
                cursor.pos = end;
            }
            return State.MESSAGE;
        }

        private boolean isWordBeforeCef(int start, int end) {
            for (int i = start; i < end; i++) {
                char c = cursor.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
                    return false;
                }
            }
            int next = end;
            while (cursor.charAt(next) == ' ') {
                next++;
            }
            return end > start && next > end && startsCef(next);
        }

        private boolean startsCef(int at) {
            return cursor.startsWith("CEF:", at);
        }

        /** {@code prog:} or {@code prog[pid]:}, where neither part is empty or holds a bracket. */
        private boolean isTag(int start, int end) {
            if (end - start < 2 || cursor.charAt(end - 1) != ':') {
                return false;
            }
            int bodyEnd = end - 1;
            int bracket = -1;
            for (int i = start; i < bodyEnd; i++) {
                char c = cursor.charAt(i);
                if (c == '[') {
                    if (bracket >= 0 || i == start) {
                        return false;
                    }
                    bracket = i;
                } else if (c == ']' && (bracket < 0 || i != bodyEnd - 1)) {
                    return false;
                }
            }
            return bracket < 0 || cursor.charAt(bodyEnd - 1) == ']' && bodyEnd - 1 > bracket + 1;
        }

        /** Letters, digits and {@code . - _ : %}: names, IPv4 and IPv6 addresses with a zone. */
        private boolean isHostName(int start, int end) {
            for (int i = start; i < end; i++) {
                char c = cursor.charAt(i);
                boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || LineCursor.isDigit(c)
                        || c == '.' || c == '-' || c == '_' || c == ':' || c == '%';
                if (!allowed) {
                    return false;
                }
            }
            return end > start;
        }

        private Instant instant() {
            return time == null ? null : time.instant();
        }
    }
}
