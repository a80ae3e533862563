package io.github.ecsbridge.cli;

import io.github.ecsbridge.cef.CefWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One Kaspersky Security Center notification, from the placeholders KSC passes to the executable it runs for an
 * event, written as an RFC 5424 syslog frame holding a CEF message. The keys are those the {@code kaspersky}
 * filter's Security Center table reads: {@code rt}, {@code dhost}, {@code dntdom}, {@code dst}, {@code msg} and the
 * labelled {@code TaskName}, {@code ProductName}, {@code ProductVersion} and {@code HostConnectionIP}.
 */
record KscNotification(String severity, String computer, String domain, String event, String description,
                       String riseTime, String taskName, String product, String productVersion, String hostIp,
                       String hostConnectionIp) {

    /** The syslog APP-NAME of notifier frames. */
    static final String APP_NAME = "klnotify";

    /**
     * The frame, stamped with {@code now}; {@code kscVersion} fills the CEF device version and
     * {@code eventType} the signature, which KSC does not pass (the event name stands in for it when absent).
     */
    String toSyslog(String hostname, Instant now, String kscVersion, String eventType) {
        Map<String, String> extensions = new LinkedHashMap<>();
        extensions.put("rt", blank(riseTime) ? Long.toString(now.toEpochMilli()) : riseTime);
        extensions.put("dhost", computer);
        extensions.put("dntdom", domain);
        extensions.put("dst", hostIp);
        extensions.put("msg", description);
        putLabelled(extensions, 1, "TaskName", taskName);
        putLabelled(extensions, 2, "ProductName", product);
        putLabelled(extensions, 3, "ProductVersion", productVersion);
        putLabelled(extensions, 4, "HostConnectionIP", hostConnectionIp);
        String signature = blank(eventType) ? event : eventType;
        String cef = CefWriter.write("KasperskyLab", "SecurityCenter", kscVersion, signature, event, severity,
                extensions);
        return "<" + priority() + ">1 " + now.truncatedTo(ChronoUnit.MILLIS) + " " + hostname + " " + APP_NAME
                + " - - - " + cef;
    }

    /** Facility user (1) with the syslog severity nearest to the KSC importance level. */
    int priority() {
        String level = severity == null ? "" : severity.trim().toLowerCase(Locale.ROOT);
        int syslogSeverity = switch (level) {
            case "critical" -> 2;
            case "error", "functional failure" -> 3;
            case "warning" -> 4;
            default -> 6;
        };
        return 8 + syslogSeverity;
    }

    private static void putLabelled(Map<String, String> extensions, int slot, String label, String value) {
        if (!blank(value)) {
            extensions.put("cs" + slot, value);
            extensions.put("cs" + slot + "Label", label);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
