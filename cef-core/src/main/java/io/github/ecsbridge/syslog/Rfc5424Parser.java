package io.github.ecsbridge.syslog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * Parses RFC 5424 lines in one left-to-right pass:
 *
 * <pre>
 *   &lt;PRI&gt;VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP STRUCTURED-DATA [SP MSG]
 *   &lt;14&gt;1 2024-07-04T09:16:35.992Z host logforwarder - panwlogs - CEF:0|...
 *   &lt;29&gt;1 2024-01-01T00:00:00Z WS1 KES|11.0.0.0 - GNRL_EV_VIRUS_FOUND [event@23668 et="..."] ...
 * </pre>
 *
 * <p>{@code -} (NILVALUE) gives {@code null}. The timestamp is read by {@link IsoTimestampScanner}, the structured
 * data by {@link StructuredDataScanner}; a BOM opening MSG marks UTF-8 and is dropped. Looser than the RFC where
 * senders are: several spaces between header fields, header fields longer than the RFC limits (Kaspersky truncates
 * MSGID to 32 characters; others do not), and MSG right after MSGID when a sender leaves out STRUCTURED-DATA. A line
 * that ends inside the header keeps the fields read so far and gets a warning.
 *
 * <p>Never throws; instances are immutable and thread-safe.
 */
public final class Rfc5424Parser {

    static final String TRUNCATED_HEADER = "truncated RFC 5424 header";

    private enum State { PRIORITY, VERSION, TIMESTAMP, HOSTNAME, APP_NAME, PROCID, MSGID, STRUCTURED_DATA, MESSAGE }

    private final IsoTimestampScanner timestamps;

    /** A parser reading timestamps without offset (not RFC 5424, but sent) in {@code defaultZone}. */
    public Rfc5424Parser(ZoneId defaultZone) {
        this.timestamps = new IsoTimestampScanner(Objects.requireNonNull(defaultZone, "defaultZone"));
    }

    /** Parses one line; the format is always {@link SyslogFormat#RFC5424}. */
    public SyslogMessage parse(String line) {
        return new Scan(new LineCursor(line)).run();
    }

    /** The state of one parse call. */
    private final class Scan {
        private final LineCursor cursor;
        private Integer priority;
        private String version;
        private String timestampText;
        private Instant timestamp;
        private String hostname;
        private String appName;
        private String procId;
        private String msgId;
        private Map<String, Map<String, Object>> structuredData;
        private String structuredDataText;

        Scan(LineCursor cursor) {
            this.cursor = cursor;
        }

        SyslogMessage run() {
            State state = State.PRIORITY;
            while (state != State.MESSAGE) {
                state = switch (state) {
                    case PRIORITY -> priority();
                    case VERSION -> version();
                    case TIMESTAMP -> timestamp();
                    case HOSTNAME -> hostname();
                    case APP_NAME -> appName();
                    case PROCID -> procId();
                    case MSGID -> msgId();
                    case STRUCTURED_DATA -> structuredData();
                    case MESSAGE -> State.MESSAGE;
                };
            }
            cursor.skipBom();
            int payloadOffset = cursor.pos;
            return new SyslogMessage(SyslogFormat.RFC5424, priority, timestampText, timestamp, hostname, appName,
                    procId, msgId, version, structuredData, structuredDataText, cursor.rest(), payloadOffset,
                    cursor.warnings);
        }

        private State priority() {
            int start = cursor.pos;
            priority = PriScanner.scan(cursor);
            if (cursor.pos == start) {
                cursor.warn("missing PRI at position " + start);
            }
            return State.VERSION;
        }

        private State version() {
            int start = cursor.pos;
            int end = cursor.digitsEnd(start);
            if (end == start) {
                cursor.warn("missing RFC 5424 VERSION at position " + start);
            } else {
                version = cursor.slice(start, end);
                cursor.pos = end;
            }
            return State.TIMESTAMP;
        }

        private State timestamp() {
            if (!nextField("TIMESTAMP")) {
                return State.MESSAGE;
            }
            int start = cursor.pos;
            int end = cursor.tokenEnd(start);
            if (isNil(start, end)) {
                cursor.pos = end;
                return State.HOSTNAME;
            }
            int warnings = cursor.warnings.size();
            ScannedTime time = timestamps.scan(cursor, false);
            if (time == null || cursor.pos != end) {
                timestampText = cursor.slice(start, end);
                if (cursor.warnings.size() == warnings) {
                    cursor.warn(IsoTimestampScanner.INVALID_TIMESTAMP + " '" + timestampText + "' at position "
                            + start);
                }
            } else {
                timestampText = time.text();
                timestamp = time.instant();
            }
            cursor.pos = end;
            return State.HOSTNAME;
        }

        private State hostname() {
            if (!nextField("HOSTNAME")) {
                return State.MESSAGE;
            }
            hostname = token();
            return State.APP_NAME;
        }

        private State appName() {
            if (!nextField("APP-NAME")) {
                return State.MESSAGE;
            }
            appName = token();
            return State.PROCID;
        }

        private State procId() {
            if (!nextField("PROCID")) {
                return State.MESSAGE;
            }
            procId = token();
            return State.MSGID;
        }

        private State msgId() {
            if (!nextField("MSGID")) {
                return State.MESSAGE;
            }
            msgId = token();
            return State.STRUCTURED_DATA;
        }

        private State structuredData() {
            if (!nextField("STRUCTURED-DATA")) {
                return State.MESSAGE;
            }
            int start = cursor.pos;
            if (cursor.peek() == '-' && (cursor.charAt(start + 1) == ' ' || start + 1 >= cursor.end)) {
                cursor.pos++;
            } else if (cursor.peek() == '[') {
                structuredData = StructuredDataScanner.scan(cursor);
                if (cursor.pos > start) {
                    structuredDataText = cursor.slice(start, cursor.pos);
                }
                if (structuredData == null) {
                    return State.MESSAGE;
                }
            } else {
                return State.MESSAGE;
            }
            if (cursor.peek() == ' ') {
                cursor.pos++;
            }
            return State.MESSAGE;
        }

        /** Reads one space-delimited header field at the cursor; {@code null} for NILVALUE. */
        private String token() {
            int start = cursor.pos;
            int end = cursor.tokenEnd(start);
            cursor.pos = end;
            return isNil(start, end) ? null : cursor.slice(start, end);
        }

        /** Moves to the next header field; warns and returns false when the line ends first. */
        private boolean nextField(String name) {
            cursor.skipSpaces();
            if (cursor.atEnd()) {
                cursor.warn(TRUNCATED_HEADER + ": no " + name + " at position " + cursor.pos);
                return false;
            }
            return true;
        }

        private boolean isNil(int start, int end) {
            return end - start == 1 && cursor.charAt(start) == '-';
        }
    }
}
