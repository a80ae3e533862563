package io.github.ecsbridge.ciscoesa;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.Filter;
import co.elastic.logstash.api.FilterMatchListener;
import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.PluginConfigSpec;
import co.elastic.logstash.api.PluginHelper;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Logger;

/**
 * Logstash filter {@code cisco_esa}: parses Cisco Secure Email Gateway log lines into the fields of Elastic's
 * {@code cisco_secure_email_gateway} integration. A thin adapter over {@link CiscoEsaParser}; immutable, so one
 * instance serves every worker.
 */
@LogstashPlugin(name = "cisco_esa")
public final class CiscoEsa implements Filter {

    public static final PluginConfigSpec<String> SOURCE_CONFIG = PluginConfigSpec.stringSetting("source", "message");
    public static final PluginConfigSpec<String> LOG_TYPE_CONFIG = PluginConfigSpec.stringSetting("log_type");
    public static final PluginConfigSpec<String> TIMEZONE_CONFIG = PluginConfigSpec.stringSetting("timezone", "UTC");
    public static final PluginConfigSpec<String> ECS_COMPATIBILITY_CONFIG =
            PluginConfigSpec.stringSetting("ecs_compatibility", "v8");
    public static final PluginConfigSpec<List<Object>> TAG_ON_FAILURE_CONFIG = PluginConfigSpec.arraySetting(
            "tag_on_failure", List.of(CiscoEsaParser.DEFAULT_FAILURE_TAG), false, false);
    public static final PluginConfigSpec<Boolean> PRESERVE_ORIGINAL_CONFIG =
            PluginConfigSpec.booleanSetting("preserve_original", false);
    public static final PluginConfigSpec<Boolean> KEEP_UNKNOWN_CATEGORIES_CONFIG =
            PluginConfigSpec.booleanSetting("keep_unknown_categories", false);

    private static final String ORIGINAL = "[event][original]";
    /** Where the {@code cefsyslog} input keeps every frame, whatever its {@code preserve_original} says. */
    private static final String CEFSYSLOG_ORIGINAL = "[@metadata][cefsyslog][original]";
    private static final String MODULE = "[event][module]";
    private static final String FILE_PATH = "[log][file][path]";
    private static final String LEGACY_FILE_PATH = "[path]";
    private static final String APP_NAME = "[log][syslog][appname]";
    private static final String DECODED_CEF = "[cef]";
    private static final String CEF_VENDOR = "[observer][vendor]";
    private static final String LEGACY_DECODED_CEF = "[cefVersion]";
    private static final String LEGACY_CEF_VENDOR = "[deviceVendor]";
    /** Set by syslog inputs for RFC 5424 frames only: {@code log.syslog.version} (ECS), {@code syslog5424_ver}. */
    private static final String SYSLOG_VERSION = "[log][syslog][version]";
    private static final String LEGACY_SYSLOG_VERSION = "[syslog5424_ver]";

    private final String id;
    private final String source;
    private final boolean ecs;
    private final List<String> failureTags;
    private final CiscoEsaParser parser;
    private final OtherVendors otherVendors;
    private final boolean keepUnknownCategories;
    private final Logger logger;

    public CiscoEsa(String id, Configuration config, Context context) {
        this(id, config, context, Clock.systemUTC());
    }

    /** Seam for tests: the clock gives the year of syslog timestamps. */
    CiscoEsa(String id, Configuration config, Context context, Clock clock) {
        this.id = id;
        this.logger = context == null ? null : context.getLogger(this);
        String sourceField = config.get(SOURCE_CONFIG);
        if (sourceField == null || sourceField.isBlank()) {
            throw new IllegalArgumentException("[source] must name a field");
        }
        this.source = sourceField;
        EcsCompatibility mode = EcsCompatibility.fromOption(config.get(ECS_COMPATIBILITY_CONFIG));
        this.ecs = mode.isEcs();
        List<String> tags = new ArrayList<>();
        for (Object tag : config.get(TAG_ON_FAILURE_CONFIG)) {
            tags.add(tag == null ? "" : tag.toString());
        }
        this.failureTags = List.copyOf(tags);
        this.parser = CiscoEsaParser.builder()
                .timezone(config.get(TIMEZONE_CONFIG))
                .logType(config.get(LOG_TYPE_CONFIG))
                .preserveOriginal(config.get(PRESERVE_ORIGINAL_CONFIG))
                .ecsCompatibility(mode)
                .tagsOnFailure(failureTags)
                .clock(clock)
                .build();
        this.otherVendors = new OtherVendors(clock);
        this.keepUnknownCategories = config.get(KEEP_UNKNOWN_CATEGORIES_CONFIG);
    }

    @Override
    public Collection<Event> filter(Collection<Event> events, FilterMatchListener matchListener) {
        for (Event event : events) {
            try {
                if (process(event)) {
                    matchListener.filterMatched(event);
                }
            } catch (RuntimeException e) {
                // A bug must cost one event its fields, never the pipeline.
                if (logger != null) {
                    logger.warn("[cisco_esa] internal error on an event, tagging it", e);
                }
                fail(event, "[cisco_esa] internal error: " + e);
            }
        }
        return events;
    }

    /** Parses one event; returns whether it was an ESA event, which then carries the fields of its line. */
    private boolean process(Event event) {
        String original = text(event.getField(ORIGINAL));
        if (original == null) {
            original = text(event.getField(CEFSYSLOG_ORIGINAL));
        }
        String line = text(event.getField(source));
        // Read once: the vendor check and the check for a kept frame both need it.
        boolean decodedCef = event.includes(DECODED_CEF) || event.includes(LEGACY_DECODED_CEF);
        if (isOtherVendors(event, original, line, decodedCef)) {
            return false;
        }
        String appName = text(event.getField(APP_NAME));
        if (original == null && decodedCef) {
            // The input replaced message with the CEF msg (the subject) and kept no frame: an input other than
            // cefsyslog, or a hop that dropped @metadata (Logstash to Logstash).
            fail(event, "[event.original] is needed for CEF records the input decoded; set preserve_original "
                    + "on the input");
            return false;
        }
        EcsDocument document = new EcsDocument();
        ParseOutcome outcome;
        if (appName != null && line != null) {
            outcome = parser.parseReceived(original, line, received(event, appName), document);
        } else if (original != null || line != null) {
            outcome = parser.parseInto(original != null ? original : line, filePath(event), document);
        } else {
            fail(event, "[source] field " + source + " is missing or not a string");
            return false;
        }
        if (outcome.logType() == null && !keepUnknownCategories) {
            // Another program's syslog line (sshd, su, a Kaspersky product) in a shared pipeline, or a line of no
            // ESA category: left as it came.
            return false;
        }
        if (ecs && !outcome.failed() && line != null && !source.equals(ORIGINAL)) {
            event.remove(source);
        }
        write(event, document.toMap(), outcome);
        return true;
    }

    /** Whether the event is another vendor's, by the rules of {@link OtherVendors}. */
    private boolean isOtherVendors(Event event, String original, String line, boolean decodedCef) {
        if (OtherVendors.mappedByAnotherModule(event.getField(MODULE))
                || event.includes(SYSLOG_VERSION) || event.includes(LEGACY_SYSLOG_VERSION)) {
            return true;
        }
        if (decodedCef) {
            return OtherVendors.isOtherVendor(cefVendor(event));
        }
        return otherVendors.isOtherVendorsLine(original != null ? original : line);
    }

    private static String cefVendor(Event event) {
        String vendor = text(event.getField(CEF_VENDOR));
        return vendor != null ? vendor : text(event.getField(LEGACY_CEF_VENDOR));
    }

    private static ReceivedHeader received(Event event, String appName) {
        Object priority = event.getField("[log][syslog][priority]");
        return new ReceivedHeader(appName, text(event.getField("[log][syslog][hostname]")),
                priority instanceof Number number ? number.longValue() : null, event.getEventTimestamp());
    }

    private static String filePath(Event event) {
        String path = text(event.getField(FILE_PATH));
        return path != null ? path : text(event.getField(LEGACY_FILE_PATH));
    }

    private void write(Event event, Map<String, Object> document, ParseOutcome outcome) {
        if (outcome.fromLine()) {
            event.setEventTimestamp(outcome.timestamp());
        }
        EventWriter.write(event, document);
    }

    private void fail(Event event, String message) {
        failureTags.forEach(event::tag);
        EventWriter.addError(event, message);
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    @Override
    public Collection<PluginConfigSpec<?>> configSchema() {
        return PluginHelper.commonFilterSettings(List.of(SOURCE_CONFIG, LOG_TYPE_CONFIG, TIMEZONE_CONFIG,
                ECS_COMPATIBILITY_CONFIG, TAG_ON_FAILURE_CONFIG, PRESERVE_ORIGINAL_CONFIG,
                KEEP_UNKNOWN_CATEGORIES_CONFIG));
    }

    @Override
    public String getId() {
        return id;
    }
}
