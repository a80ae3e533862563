package io.github.ecsbridge.syslog;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
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

    private final EcsCompatibility mode;

    public SyslogEcsMapper(EcsCompatibility mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
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
        for (SyslogField field : SyslogField.values()) {
            String name = mode.isEcs() ? field.ecsName : field.legacyName;
            if (name != null) {
                document.put(name, field.value.apply(message));
            }
        }
    }
}
