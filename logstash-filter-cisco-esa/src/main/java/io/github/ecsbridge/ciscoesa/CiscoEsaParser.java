package io.github.ecsbridge.ciscoesa;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns raw Cisco Secure Email Gateway log lines into the documents of Elastic's {@code cisco_secure_email_gateway}
 * integration ({@code cisco_secure_email_gateway.log.*} plus ECS fields), without any Logstash type, for the
 * filter, the CLI and the benchmarks. Immutable and thread-safe: one instance serves every worker.
 *
 * <p>Lines come in three forms (see {@link HeaderParser}): syslog push, FTP-pushed files (log type and host from
 * the file name) and bare messages. The log type is, in this order: the {@code log_type} setting, the syslog tag,
 * the file name, the shape of the message ({@code detection.tsv}).
 */
public final class CiscoEsaParser {

    /** ECS version the integration 1.30.0 writes. */
    public static final String ECS_VERSION = EcsCompatibility.ECS_VERSION;
    /** Module of every event, as in the integration. */
    public static final String MODULE = "cisco_secure_email_gateway";
    /** Dataset of every event, as in the integration. */
    public static final String DATASET = "cisco_secure_email_gateway.log";
    /** Tag added when something could not be decoded, unless configured otherwise. */
    public static final String DEFAULT_FAILURE_TAG = "_ciscoesaparsefailure";

    /** The fields every event may get, resolved once. */
    private static final FieldTypes TYPES = FieldTypes.standard();
    private static final Field ECS_VERSION_FIELD = TYPES.require("ecs.version");
    private static final Field DATA_STREAM_DATASET = TYPES.require("data_stream.dataset");
    private static final Field EVENT_DATASET = TYPES.require("event.dataset");
    private static final Field EVENT_MODULE = TYPES.require("event.module");
    private static final Field EVENT_TIMEZONE = TYPES.require("event.timezone");
    private static final Field EVENT_ORIGINAL = TYPES.require("event.original");
    private static final Field EVENT_KIND = TYPES.require("event.kind");
    private static final Field FILE_PATH = TYPES.require("log.file.path");
    private static final Field PRIORITY = TYPES.require("log.syslog.priority");
    private static final Field LEVEL = TYPES.require("log.level");
    private static final Field HOST = TYPES.require(FieldNames.HOST);
    private static final Field CATEGORY = TYPES.require(FieldNames.CATEGORY);
    private static final Field MESSAGE = TYPES.require(FieldNames.MESSAGE);
    private static final Field TIMESTAMP = TYPES.require("@timestamp");
    private static final Field ERROR_MESSAGE = TYPES.require("error.message");
    private static final Field TAGS = TYPES.require("tags");

    private final FieldTypes types;
    private final Map<String, LogTypeParser> parsers;
    private final EnrichmentRules rules;
    private final LogTypeDetector detector;
    private final EsaTime time;
    private final String timezoneName;
    private final String logType;
    private final boolean preserveOriginal;
    private final boolean ecs;
    private final List<String> failureTags;

    private CiscoEsaParser(Builder builder) {
        this.types = TYPES;
        this.parsers = LogTypes.standard(types);
        this.rules = EnrichmentRules.load(types);
        this.detector = LogTypeDetector.load(parsers.keySet());
        this.timezoneName = builder.timezone;
        this.time = new EsaTime(zone(builder.timezone), builder.clock);
        if (builder.logType != null && !parsers.containsKey(builder.logType)) {
            throw new IllegalArgumentException("[log_type] must be one of " + parsers.keySet() + ", got '"
                    + builder.logType + "'");
        }
        for (String tag : builder.failureTags) {
            if (tag == null || tag.isBlank()) {
                throw new IllegalArgumentException("[tag_on_failure] tags must not be blank, got '" + tag + "'");
            }
        }
        this.logType = builder.logType;
        this.preserveOriginal = builder.preserveOriginal;
        this.ecs = builder.ecsCompatibility.isEcs();
        this.failureTags = List.copyOf(builder.failureTags);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The log types this parser knows, which are also the values {@code log_type} accepts. */
    public List<String> logTypes() {
        return List.copyOf(parsers.keySet());
    }

    /** Parses one raw line; {@code filePath} is where an FTP-pushed file was read from, or {@code null}. */
    public Map<String, Object> parse(String line, String filePath) {
        EcsDocument document = new EcsDocument();
        parseInto(line, filePath, document);
        return document.toMap();
    }

    /** Parses one raw line into {@code target}, which should be empty. */
    public ParseOutcome parseInto(String line, String filePath, EcsDocument target) {
        Objects.requireNonNull(line, "line");
        FieldWriter out = new FieldWriter(target, types, time);
        writeCommon(out, line);
        LogFileName file = LogFileName.parse(filePath);
        if (filePath != null) {
            out.put(FILE_PATH, filePath);
        }
        EsaHeader header = HeaderParser.parse(line);
        if (header.timestamp() != null) {
            try {
                out.eventTime(header.ctime() ? time.ctime(header.timestamp()) : time.syslog(header.timestamp()));
            } catch (DateTimeException e) {
                out.problem("[@timestamp] cannot read '" + header.timestamp() + "' as a date");
            }
        }
        String host = header.host() != null ? header.host() : file.host();
        String category = header.category() != null ? header.category() : file.category();
        return finish(out, header, host, category, target);
    }

    /**
     * Parses an event whose syslog header an input has parsed already. The raw frame {@code original}, when given
     * and in one of the ESA header forms, is read again, so the result is the same as for the raw line; otherwise
     * (no frame kept, or an RFC 5424 frame) the {@code payload} after the header is read with the header parts in
     * {@code received}. {@code event.original} is only written from {@code original}.
     */
    public ParseOutcome parseReceived(String original, String payload, ReceivedHeader received, EcsDocument target) {
        if (original != null && HeaderParser.parse(original).timestamp() != null) {
            return parseInto(original, null, target);
        }
        FieldWriter out = new FieldWriter(target, types, time);
        writeCommon(out, original);
        EsaHeader header = HeaderParser.parsePayload(payload, received.priority(), received.host(),
                received.category());
        out.eventTime(received.timestamp());
        return finish(out, header, header.host(), header.category(), target);
    }

    private void writeCommon(FieldWriter out, String line) {
        if (ecs) {
            out.putRaw(ECS_VERSION_FIELD, ECS_VERSION);
        }
        out.putRaw(DATA_STREAM_DATASET, DATASET);
        out.putRaw(EVENT_DATASET, DATASET);
        out.putRaw(EVENT_MODULE, MODULE);
        out.putRaw(EVENT_TIMEZONE, timezoneName);
        if (preserveOriginal && line != null) {
            out.putRaw(EVENT_ORIGINAL, line);
        }
    }

    private ParseOutcome finish(FieldWriter out, EsaHeader header, String host, String category, EcsDocument target) {
        out.putRaw(PRIORITY, header.priority());
        out.put(HOST, host);
        if (header.level() != null) {
            out.putRaw(LEVEL, header.level().toLowerCase(Locale.ROOT));
        }
        String message = header.message();
        String type = logType != null ? logType : category != null ? category : detector.detect(message);
        out.put(CATEGORY, type);
        out.put(MESSAGE, message);
        LogTypeParser parser = type == null ? null : parsers.get(type);
        String shape = null;
        if (parser != null) {
            out.putRaw(EVENT_KIND, "event");
            shape = parser.parse(message, out);
        }
        rules.apply(parser == null ? null : parser.name(), shape, out);
        boolean fromLine = out.eventTime() != null;
        Instant timestamp = fromLine ? out.eventTime() : time.now();
        out.putRaw(TIMESTAMP, EsaTime.format(timestamp));
        boolean failed = !out.problems().isEmpty();
        if (failed) {
            out.putRaw(ERROR_MESSAGE, String.join("; ", out.problems()));
            failureTags.forEach(tag -> out.append(TAGS, tag));
        }
        if (out.removedAny()) {
            prune(target.toMap());
        }
        return new ParseOutcome(timestamp, fromLine, failed, parser == null ? null : parser.name());
    }

    /** Removes maps and lists left empty by removals, as the integration's final clean-up script does. */
    private static boolean prune(Object node) {
        if (node instanceof Map<?, ?> map) {
            for (Iterator<?> it = map.values().iterator(); it.hasNext(); ) {
                if (prune(it.next())) {
                    it.remove();
                }
            }
            return map.isEmpty();
        }
        return node instanceof List<?> list && list.isEmpty();
    }

    private static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(Objects.requireNonNull(timezone, "timezone"));
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("[timezone] must be an IANA time zone such as Europe/Paris or an "
                    + "offset such as +02:00, got '" + timezone + "'");
        }
    }

    /** Settings of a {@link CiscoEsaParser}; defaults match the filter's option defaults. */
    public static final class Builder {

        private String timezone = "UTC";
        private Clock clock = Clock.systemUTC();
        private String logType;
        private boolean preserveOriginal;
        private EcsCompatibility ecsCompatibility = EcsCompatibility.V8;
        private List<String> failureTags = List.of(DEFAULT_FAILURE_TAG);

        private Builder() {
        }

        /** Zone of timestamps without one: an IANA name or an offset; default {@code UTC}. */
        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        /** Source of the current time and year; tests pass a fixed clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Forces one log type for every line; {@code null} (default) lets each line name or show its own. */
        public Builder logType(String logType) {
            this.logType = logType;
            return this;
        }

        /** Whether to keep the raw line in {@code event.original}; default false. */
        public Builder preserveOriginal(boolean preserveOriginal) {
            this.preserveOriginal = preserveOriginal;
            return this;
        }

        /** With {@code disabled}, {@code ecs.version} is not written; default {@code v8}. */
        public Builder ecsCompatibility(EcsCompatibility mode) {
            this.ecsCompatibility = Objects.requireNonNull(mode, "ecsCompatibility");
            return this;
        }

        /** Tags added to events with decoding problems; default {@value CiscoEsaParser#DEFAULT_FAILURE_TAG}. */
        public Builder tagsOnFailure(List<String> tags) {
            this.failureTags = Objects.requireNonNull(tags, "tags");
            return this;
        }

        public CiscoEsaParser build() {
            return new CiscoEsaParser(this);
        }
    }
}
