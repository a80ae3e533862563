package io.github.ecsbridge.kaspersky;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.Filter;
import co.elastic.logstash.api.FilterMatchListener;
import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.PluginConfigSpec;
import co.elastic.logstash.api.PluginHelper;
import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import org.apache.logging.log4j.Logger;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Logstash filter {@code kaspersky}: maps Kaspersky KSMG, KATA, KCS and KSC events, decoded by the {@code cefsyslog}
 * input or given as a raw line in {@code source}, to vendor fields and ECS. Other events pass untouched.
 */
@LogstashPlugin(name = "kaspersky")
public final class Kaspersky implements Filter {

    public static final PluginConfigSpec<String> SOURCE_CONFIG = PluginConfigSpec.stringSetting("source", "message");
    public static final PluginConfigSpec<String> TARGET_CONFIG =
            PluginConfigSpec.stringSetting("target", KasperskyMapper.DEFAULT_VENDOR_ROOT);
    public static final PluginConfigSpec<String> ECS_COMPATIBILITY_CONFIG =
            PluginConfigSpec.stringSetting("ecs_compatibility", "v8");
    public static final PluginConfigSpec<String> TIMEZONE_CONFIG = PluginConfigSpec.stringSetting("timezone", "UTC");
    public static final PluginConfigSpec<String> TAG_ON_FAILURE_CONFIG =
            PluginConfigSpec.stringSetting("tag_on_failure", "_kasperskyparsefailure");
    public static final PluginConfigSpec<Boolean> PRESERVE_ORIGINAL_CONFIG =
            PluginConfigSpec.booleanSetting("preserve_original", false);

    /** Where the {@code cefsyslog} input keeps every frame, whatever its {@code preserve_original} says. */
    private static final String CEFSYSLOG_ORIGINAL = "[@metadata][cefsyslog][original]";

    /** Start of {@code error.message} for an event that hit a bug in this filter. */
    static final String INTERNAL_ERROR = "internal error in the kaspersky filter";

    private final String id;
    private final Logger logger;
    private final String source;
    private final String tagOnFailure;
    private final KasperskyMapper mapper;
    private final EventRoots.Fields mappedRoots;
    private final KasperskyLineDecoder lineDecoder;

    /** Reads and checks the options, as Logstash calls it. */
    public Kaspersky(String id, Configuration config, Context context) {
        this(id, config, context, Clock.systemUTC());
    }

    Kaspersky(String id, Configuration config, Context context, Clock clock) {
        this.id = id;
        this.logger = context == null ? null : context.getLogger(this);
        this.source = FieldReferences.check(SOURCE_CONFIG.name(), config.get(SOURCE_CONFIG), true);
        String target = FieldReferences.toDotted(TARGET_CONFIG.name(),
                FieldReferences.check(TARGET_CONFIG.name(), config.get(TARGET_CONFIG), false));
        EcsCompatibility mode = EcsCompatibility.fromOption(config.get(ECS_COMPATIBILITY_CONFIG));
        ZoneId zone = zone(config.get(TIMEZONE_CONFIG));
        this.tagOnFailure = config.get(TAG_ON_FAILURE_CONFIG);
        if (tagOnFailure == null || tagOnFailure.isBlank()) {
            throw new IllegalArgumentException("[tag_on_failure] must not be empty");
        }
        this.mapper = new KasperskyMapper(target, zone, Locale.ENGLISH, clock, mode);
        this.mappedRoots = new EventRoots.Fields(mapper.touchedRoots());
        DecoderOptions options = DecoderOptions.builder().zone(zone).clock(clock).ecsCompatibility(mode)
                .preserveOriginal(config.get(PRESERVE_ORIGINAL_CONFIG)).build();
        this.lineDecoder = new KasperskyLineDecoder(options, mapper);
    }

    @Override
    public Collection<Event> filter(Collection<Event> events, FilterMatchListener matchListener) {
        for (Event event : events) {
            try {
                if (process(event)) {
                    matchListener.filterMatched(event);
                }
            } catch (RuntimeException e) {
                // A bug must cost one event, not the pipeline worker that runs this filter.
                event.tag(tagOnFailure);
                EventFields.appendError(event, INTERNAL_ERROR + ": " + e);
                if (logger != null) {
                    logger.debug("[{}] kaspersky filter failed on an event", id, e);
                }
            }
        }
        return events;
    }

    /** Maps one event; returns whether it was a Kaspersky event and is now mapped. */
    private boolean process(Event event) {
        boolean cef = event.includes("[cef]");
        if (cef || event.includes("[log][syslog][structured_data]") || event.includes("[log][syslog][msgid]")) {
            Map<String, Object> document = mappedRoots.of(event);
            EcsDocument tracked = EcsDocument.tracking(document);
            if (mapper.map(tracked).mapped()) {
                EventFields.writeRoots(event, document, tracked.changedRoots(), mappedRoots);
                return true;
            }
            if (cef) {
                return false;
            }
        }
        // The cefsyslog input keeps the frame there; its message is only the MSG part or the CEF msg, which in
        // legacy mode (no cef.* or log.syslog.structured_data to map) does not carry the record.
        Object raw = event.getField(CEFSYSLOG_ORIGINAL);
        if (!(raw instanceof String)) {
            raw = event.getField(source);
        }
        if (!(raw instanceof String line)) {
            return false;
        }
        KasperskyLineDecoder.Result result = lineDecoder.decode(line, event.getEventTimestamp());
        switch (result.status()) {
            case MAPPED:
                EventFields.writeDocument(event, result.document());
                return true;
            case FAILED:
                event.tag(tagOnFailure);
                EventFields.appendError(event, result.failure());
                return false;
            default:
                return false;
        }
    }

    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("[timezone] unknown time zone '" + name + "'");
        }
    }

    @Override
    public Collection<PluginConfigSpec<?>> configSchema() {
        return PluginHelper.commonFilterSettings(List.of(SOURCE_CONFIG, TARGET_CONFIG, ECS_COMPATIBILITY_CONFIG,
                TIMEZONE_CONFIG, TAG_ON_FAILURE_CONFIG, PRESERVE_ORIGINAL_CONFIG));
    }

    @Override
    public String getId() {
        return id;
    }
}
