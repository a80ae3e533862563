package io.github.ecsbridge.cef;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a scanned CEF message into a document: ECS names for {@code ecs_compatibility} v1/v8, the Logstash CEF
 * codec's flat names for {@code disabled}. Immutable and thread-safe, so one instance serves every worker.
 *
 * <h2>ECS mode: choices, and whose they are</h2>
 * <ul>
 *   <li>Header: {@code cef.version} (text, as all Elastic implementations keep it), {@code observer.vendor},
 *       {@code observer.product}, {@code observer.version}, {@code event.code} and {@code cef.name} (Logstash
 *       codec; decode_cef's copy of the name into {@code message} is not made, {@code msg} owns it). Empty header
 *       fields are not written.</li>
 *   <li>Severity: {@code event.severity} as a number, words mapped like decode_cef (see {@link CefSeverity});
 *       a severity without a number ({@code Unknown}) is kept as text in {@code cef.severity}.</li>
 *   <li>Extensions: every key under {@code cef.extensions.<full name>} with its typed value (decode_cef; keys
 *       outside the dictionary under the name sent, as one flat key even when it holds dots), plus the ECS field
 *       of the key table, with its translate rule, and the {@code related.*} lists (the Elastic CEF integration's
 *       {@code related.ip}, {@code related.user}, {@code related.hosts}, {@code related.hash}). The table's header
 *       comment lists where it departs from decode_cef and why.</li>
 *   <li>Types: a value that does not convert stays as text in {@code cef.extensions}, gets no ECS field, and
 *       adds a warning; the event is never dropped. Empty values are kept as empty text and not converted.</li>
 *   <li>Time: {@code rt} becomes {@code @timestamp}; all time stamps are ISO-8601 UTC with milliseconds. Values
 *       without a zone use the event's {@code dtz} when it names a zone (Logstash codec), else the configured
 *       default.</li>
 *   <li>The prefix before {@code CEF:} is not written: the syslog decoder owns {@code log.syslog.*}.</li>
 * </ul>
 *
 * <h2>Legacy mode</h2>
 * Top-level {@code cefVersion}, {@code deviceVendor}, {@code deviceProduct}, {@code deviceVersion},
 * {@code deviceEventClassId}, {@code name}, {@code severity}, {@code syslog} (the prefix, when there is one) and
 * every extension under its full name ({@code fileName} for {@code fname}, as the codec spells it), all as text,
 * because the codec does not convert types in this mode.
 */
public final class CefEcsMapper {

    /** Start of the warning for a value that does not fit its key's type. */
    public static final String MALFORMED_VALUE = "malformed value for key";
    /** Start of the warning for a {@code dtz} that names no zone. */
    public static final String UNKNOWN_DEVICE_ZONE = "unknown time zone in key";

    private static final String EXTENSIONS = "cef.extensions";

    private final CefTimestamps timestamps;
    private final EcsCompatibility mode;
    private final CefKeyDictionary dictionary;

    /**
     * @param defaultZone zone for time stamps that carry none and come without {@code dtz}
     * @param locale      language of month names, besides English
     * @param clock       current time, for time stamps without a year
     * @param mode        field names to write
     */
    public CefEcsMapper(ZoneId defaultZone, Locale locale, Clock clock, EcsCompatibility mode) {
        this.timestamps = new CefTimestamps(defaultZone, locale, clock);
        this.mode = Objects.requireNonNull(mode, "mode");
        this.dictionary = CefKeyDictionary.standard();
    }

    /** The field names this mapper writes. */
    public EcsCompatibility mode() {
        return mode;
    }

    /** The time stamp parser this mapper converts with, for callers that parse other CEF times the same way. */
    public CefTimestamps timestamps() {
        return timestamps;
    }

    /**
     * Writes the message's fields into {@code target}. A message with an {@link CefMessage#error() error} writes
     * nothing; the caller tags it.
     *
     * @param warnings receives conversion problems; the scanner's own warnings stay in
     *                 {@link CefMessage#warnings()}
     */
    public void map(CefMessage message, EcsDocument target, List<String> warnings) {
        if (message.hasError()) {
            return;
        }
        if (mode.isEcs()) {
            mapEcs(message, target, warnings);
        } else {
            mapLegacy(message, target.toMap());
        }
    }

    private void mapEcs(CefMessage message, EcsDocument target, List<String> warnings) {
        putText(target, "cef.version", message.versionText());
        putText(target, "observer.vendor", message.deviceVendor());
        putText(target, "observer.product", message.deviceProduct());
        putText(target, "observer.version", message.deviceVersion());
        putText(target, "event.code", message.deviceEventClassId());
        putText(target, "cef.name", message.name());
        Long severity = CefSeverity.toNumber(message.severity());
        if (severity != null) {
            target.put("event.severity", severity);
        } else {
            putText(target, "cef.severity", message.severity());
        }
        Map<String, String> extensions = message.extensions();
        if (extensions.isEmpty()) {
            return;
        }
        ZoneId zone = deviceZone(message, warnings);
        if (target.get(EXTENSIONS) == null) {
            // Sized for every extension, so that a long message does not rehash the map two or three times.
            target.put(EXTENSIONS, new LinkedHashMap<String, Object>(extensions.size() * 4 / 3 + 1));
        }
        Map<String, Object> store = target.object(EXTENSIONS);
        for (Map.Entry<String, String> extension : extensions.entrySet()) {
            String key = extension.getKey();
            String raw = extension.getValue();
            CefKey cefKey = dictionary.get(key);
            if (cefKey == null) {
                store.put(key, raw);
                continue;
            }
            if (raw.isEmpty()) {
                store.put(cefKey.fullName(), raw);
                continue;
            }
            Object value;
            try {
                value = cefKey.type().convert(raw, timestamps, zone);
            } catch (IllegalArgumentException e) {
                store.put(cefKey.fullName(), raw);
                warnings.add(MALFORMED_VALUE + " '" + key + "': " + e.getMessage());
                continue;
            }
            store.put(cefKey.fullName(), value);
            if (cefKey.ecsField() != null) {
                try {
                    cefKey.translation().write(target, cefKey.ecsField(), value);
                } catch (IllegalArgumentException e) {
                    warnings.add(MALFORMED_VALUE + " '" + key + "': " + e.getMessage());
                }
            }
            if (cefKey.relatedField() != null) {
                target.append(cefKey.relatedField(), value);
            }
        }
    }

    /** The zone for zone-less time stamps of this event: its {@code dtz} when usable, else the default. */
    private ZoneId deviceZone(CefMessage message, List<String> warnings) {
        String deviceZone = message.extension("dtz");
        if (deviceZone == null || deviceZone.isBlank()) {
            return timestamps.defaultZone();
        }
        try {
            return CefTimestamps.parseZone(deviceZone);
        } catch (IllegalArgumentException e) {
            warnings.add(UNKNOWN_DEVICE_ZONE + " 'dtz': " + Numbers.quote(deviceZone) + ", using "
                    + timestamps.defaultZone().getId());
            return timestamps.defaultZone();
        }
    }

    private void mapLegacy(CefMessage message, Map<String, Object> root) {
        root.put("cefVersion", message.versionText());
        root.put("deviceVendor", message.deviceVendor());
        root.put("deviceProduct", message.deviceProduct());
        root.put("deviceVersion", message.deviceVersion());
        root.put("deviceEventClassId", message.deviceEventClassId());
        root.put("name", message.name());
        root.put("severity", message.severity());
        if (!message.prefix().isEmpty()) {
            root.put("syslog", message.prefix());
        }
        for (Map.Entry<String, String> extension : message.extensions().entrySet()) {
            CefKey cefKey = dictionary.get(extension.getKey());
            root.put(cefKey == null ? extension.getKey() : cefKey.legacyName(), extension.getValue());
        }
    }

    private static void putText(EcsDocument target, String field, String value) {
        if (!value.isEmpty()) {
            target.put(field, value);
        }
    }
}
