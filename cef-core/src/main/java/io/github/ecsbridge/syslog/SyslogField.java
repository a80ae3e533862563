package io.github.ecsbridge.syslog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The table of syslog header fields and where each goes in an event: its ECS name and its legacy name
 * ({@code ecs_compatibility => disabled}); {@code null} where a mode has no such field.
 *
 * <p>ECS names follow Logstash's syslog input for the PRI parts ({@code log.syslog.priority},
 * {@code log.syslog.facility.code|name}, {@code log.syslog.severity.code|name}) and ECS {@code log.syslog.*} for the
 * rest, as Filebeat's syslog processor does. Logstash's grok patterns put the host in {@code host.hostname} and the
 * program in {@code process.name|pid}; we do not, because in CEF events those fields belong to the device and the
 * process the event is about ({@code dvchost}, {@code dhost}, {@code dproc}, {@code dvcpid}), while the syslog
 * header often names a relay. Legacy names are those of Logstash's syslog input ({@code priority}, {@code facility},
 * {@code severity}, {@code facility_label}, {@code severity_label}, {@code timestamp}, {@code logsource},
 * {@code program}, {@code pid}) and, for what only RFC 5424 has, of the legacy {@code SYSLOG5424LINE} grok pattern
 * ({@code syslog5424_ver}, {@code syslog5424_msgid}, {@code syslog5424_sd}).
 */
enum SyslogField {
    PRIORITY("log.syslog.priority", "priority", SyslogMessage::priority),
    FACILITY_CODE("log.syslog.facility.code", "facility", SyslogMessage::facility),
    FACILITY_NAME("log.syslog.facility.name", "facility_label",
            m -> m.priority() == null ? null : SyslogPriority.facilityName(m.facility())),
    SEVERITY_CODE("log.syslog.severity.code", "severity", SyslogMessage::severity),
    SEVERITY_NAME("log.syslog.severity.name", "severity_label",
            m -> m.priority() == null ? null : SyslogPriority.severityName(m.severity())),
    TIMESTAMP_TEXT(null, "timestamp", SyslogMessage::timestampText),
    HOSTNAME("log.syslog.hostname", "logsource", SyslogMessage::hostname),
    APP_NAME("log.syslog.appname", "program", SyslogMessage::appName),
    PROC_ID("log.syslog.procid", "pid", SyslogMessage::procId),
    MSG_ID("log.syslog.msgid", "syslog5424_msgid", SyslogMessage::msgId),
    VERSION("log.syslog.version", "syslog5424_ver", SyslogMessage::version),
    STRUCTURED_DATA("log.syslog.structured_data", null, m -> copy(m.structuredData())),
    STRUCTURED_DATA_TEXT(null, "syslog5424_sd", SyslogMessage::structuredDataText);

    final String ecsName;
    final String legacyName;
    final Function<SyslogMessage, Object> value;

    SyslogField(String ecsName, String legacyName, Function<SyslogMessage, Object> value) {
        this.ecsName = ecsName;
        this.legacyName = legacyName;
        this.value = value;
    }

    /** A mutable deep copy, so the event owns its structured data and SD-IDs with dots stay single keys. */
    private static Object copy(Map<String, Map<String, Object>> structuredData) {
        if (structuredData == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        structuredData.forEach((id, params) -> {
            Map<String, Object> paramsCopy = new LinkedHashMap<>();
            params.forEach((name, value) -> paramsCopy.put(name,
                    value instanceof List ? new ArrayList<>((List<?>) value) : value));
            copy.put(id, paramsCopy);
        });
        return copy;
    }
}
