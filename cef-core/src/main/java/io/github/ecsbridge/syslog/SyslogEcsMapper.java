package io.github.ecsbridge.syslog;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a parsed syslog line into an event: {@code message} (the MSG part), {@code @timestamp} (when the header has
 * a usable time) and the header fields under the names of {@link SyslogField} for the chosen mode.
 *
 * <p>Fields the line does not carry are not written, so a line without PRI has no priority rather than the
 * {@code <13>} RFC 3164 suggests for relays: an invented value could not be told from a real one, and the Cisco ESA
 * integration leaves it out the same way. Existing values are replaced, as Logstash's syslog input overwrites
 * {@code message}. Immutable and thread-safe.
 */
public final class SyslogEcsMapper {

    /** The fields this mode writes and their names, in table order; {@code values()} would copy the table per call. */
    private final SyslogField[] fields;
    private final String[] names;

    public SyslogEcsMapper(EcsCompatibility mode) {
        Objects.requireNonNull(mode, "mode");
        List<SyslogField> written = new ArrayList<>();
        List<String> writtenNames = new ArrayList<>();
        for (SyslogField field : SyslogField.values()) {
            String name = mode.isEcs() ? field.ecsName : field.legacyName;
            if (name != null) {
                written.add(field);
                writtenNames.add(name);
            }
        }
        this.fields = written.toArray(new SyslogField[0]);
        this.names = writtenNames.toArray(new String[0]);
    }

    /** Writes the message part and the header fields. */
    public void map(SyslogMessage message, EcsDocument document) {
        mapMessage(message, document);
        mapHeader(message, document);
    }

    /**
     * Writes {@code message} and {@code @timestamp}: the fields a CEF payload may refine afterwards ({@code msg},
     * {@code rt}).
     */
    public void mapMessage(SyslogMessage message, EcsDocument document) {
        document.put("message", message.payload());
        if (message.timestamp() != null) {
            document.put("@timestamp", IsoInstant.format(message.timestamp()));
        }
    }

    /**
     * Writes the header fields. Called after a CEF mapping, this lets the header win where legacy names collide
     * ({@code severity}), which is what Logstash's syslog input does when it runs after its CEF codec.
     */
    public void mapHeader(SyslogMessage message, EcsDocument document) {
        for (int i = 0; i < fields.length; i++) {
            document.put(names[i], fields[i].value.apply(message));
        }
    }
}
