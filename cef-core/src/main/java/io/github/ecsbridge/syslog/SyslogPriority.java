package io.github.ecsbridge.syslog;

import java.util.List;

/**
 * Facility and severity codes packed in a syslog PRI ({@code facility * 8 + severity}) and their names.
 *
 * <p>The names are the default {@code facility_labels} and {@code severity_labels} of Logstash's syslog input
 * (RFC 3164 section 4.1.1), so events from this decoder and from that input carry the same names. Facilities 10 and
 * 4, and 9 and 15, share a name because RFC 3164 gives them the same description.
 */
public final class SyslogPriority {

    /** The largest valid PRI: facility 23 (local7), severity 7 (debug). */
    public static final int MAX = 191;

    private static final List<String> FACILITY_NAMES = List.of(
            "kernel", "user-level", "mail", "system", "security/authorization", "syslogd", "line printer",
            "network news", "UUCP", "clock", "security/authorization", "FTP", "NTP", "log audit", "log alert",
            "clock", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7");

    private static final List<String> SEVERITY_NAMES = List.of(
            "Emergency", "Alert", "Critical", "Error", "Warning", "Notice", "Informational", "Debug");

    private SyslogPriority() {
    }

    /** Whether {@code priority} is a PRI value RFC 3164 and RFC 5424 allow (0 to 191). */
    public static boolean isValid(int priority) {
        return priority >= 0 && priority <= MAX;
    }

    /** The facility code (0-23) of a valid PRI. */
    public static int facility(int priority) {
        return priority >> 3;
    }

    /** The severity code (0-7) of a PRI. */
    public static int severity(int priority) {
        return priority & 7;
    }

    /** The name of a facility code, or {@code null} outside 0-23. */
    public static String facilityName(int facility) {
        return facility >= 0 && facility < FACILITY_NAMES.size() ? FACILITY_NAMES.get(facility) : null;
    }

    /** The name of a severity code, or {@code null} outside 0-7. */
    public static String severityName(int severity) {
        return severity >= 0 && severity < SEVERITY_NAMES.size() ? SEVERITY_NAMES.get(severity) : null;
    }
}
