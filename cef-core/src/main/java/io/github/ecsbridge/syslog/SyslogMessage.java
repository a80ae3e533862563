package io.github.ecsbridge.syslog;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One parsed syslog line: the header fields (each {@code null} when the line did not carry it or carried the RFC 5424
 * NILVALUE {@code -}), the MSG part and the problems found on the way.
 *
 * @param format             which header the line carried
 * @param priority           the PRI value (0-191); {@code null} when missing or out of range
 * @param timestampText      the timestamp as written
 * @param timestamp          the instant it denotes; {@code null} when there is none or its values are impossible
 * @param hostname           HOSTNAME
 * @param appName            RFC 5424 APP-NAME, or the RFC 3164 TAG without {@code [pid]} and colon
 * @param procId             RFC 5424 PROCID, or the pid of an RFC 3164 {@code prog[pid]:} tag
 * @param msgId              RFC 5424 MSGID
 * @param version            RFC 5424 VERSION as written ({@code "1"})
 * @param structuredData     RFC 5424 structured data by SD-ID, then PARAM-NAME, values unescaped; a parameter that
 *                           repeats holds a list of its values; {@code null} when there is none
 * @param structuredDataText the structured data as written
 * @param payload            the MSG part without a leading BOM; the whole line when there is no header; never null
 * @param payloadOffset      where the payload starts in the line
 * @param warnings           readable problems ("invalid PRI '<999>' at position 0: ..."); never null
 */
public record SyslogMessage(
        SyslogFormat format,
        Integer priority,
        String timestampText,
        Instant timestamp,
        String hostname,
        String appName,
        String procId,
        String msgId,
        String version,
        Map<String, Map<String, Object>> structuredData,
        String structuredDataText,
        String payload,
        int payloadOffset,
        List<String> warnings) {

    public SyslogMessage {
        structuredData = structuredData == null ? null : Collections.unmodifiableMap(structuredData);
        payload = payload == null ? "" : payload;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The facility code of the PRI, or {@code null} without one. */
    public Integer facility() {
        return priority == null ? null : SyslogPriority.facility(priority);
    }

    /** The severity code of the PRI, or {@code null} without one. */
    public Integer severity() {
        return priority == null ? null : SyslogPriority.severity(priority);
    }
}
