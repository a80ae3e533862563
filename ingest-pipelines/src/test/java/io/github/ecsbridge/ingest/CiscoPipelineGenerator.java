package io.github.ecsbridge.ingest;

import io.github.ecsbridge.ciscoesa.ShapeParts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the Cisco ESA pipelines ({@code logs-cisco_secure_email_gateway.log/*.json}) from the tables of the
 * {@code cisco_esa} filter, so both engines follow one copy of the mapping. The painless code is hand-written and
 * generic ({@code cisco/*.painless} beside this class in the test resources); the tables become its parameters.
 * {@code CiscoPipelineGeneratorTest} fails while a checked-in pipeline differs from the output and rewrites them
 * with {@code -Dpipelines.update=true}.
 */
final class CiscoPipelineGenerator {

    static final String BASE = "logs-cisco_secure_email_gateway.log";
    /** The folder of the generated pipelines, relative to the module's resource root. */
    static final String DIRECTORY = AssetCatalog.STANDARD_ROOT + "pipelines/" + BASE + "/";

    /** The log types of the filter's {@code LogTypes}, each with a pipeline {@code pipeline_<type>}. */
    static final List<String> LOG_TYPES = List.of("amp", "antispam", "antivirus", "authentication", "bounces",
            "consolidated_event", "content_scanner", "error_logs", "gui_logs", "mail_logs", "status", "system");

    /** Categories the integration routes to another log type's pipeline. */
    static final Map<String, String> ALIASES = Map.of("SplunkGIS", "consolidated_event");

    private static final String PAINLESS = "io/github/ecsbridge/ingest/cisco/";
    private static final String EVERY_TYPE = "*";
    private static final List<String> TYPED = List.of("long", "double", "boolean", "ip", "date");

    private CiscoPipelineGenerator() {
    }

    /** Every generated pipeline: file name ({@code default.json}, {@code pipeline_<type>.json}) to JSON text. */
    static Map<String, String> generate() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String type : LOG_TYPES) {
            files.put("pipeline_" + type + ".json", PipelineJson.write(typePipeline(type)));
        }
        files.put("default.json", PipelineJson.write(entryPipeline()));
        return files;
    }

    private static Map<String, Object> entryPipeline() {
        List<Object> processors = new ArrayList<>();
        processors.add(processor("pipeline", "pipeline_common", null, Map.of(
                "name", "{{ IngestPipeline \"logs-ecs-bridge-common/default\" }}")));
        processors.add(processor("set", "set_tmp_now", "The current time gives syslog timestamps their year and "
                + "lines without time their @timestamp: _tmp.now when the sender set it (the golden tests do), "
                + "otherwise the ingest time.", ordered("field", "_tmp.now", "value", "{{{_ingest.timestamp}}}",
                "override", false)));
        Map<String, Object> parsers = new LinkedHashMap<>();
        LOG_TYPES.forEach(type -> parsers.put(type, type));
        parsers.putAll(ALIASES);
        processors.add(onlyIf("ctx.event?.kind != 'pipeline_error'", script("script_header", "Header, host, "
                + "level, log type and message (HeaderParser, LogFileName, detection.tsv of the filter); not after "
                + "a failure of the common steps.", "header", false, ordered(
                "dataset", "cisco_secure_email_gateway.log", "module", "cisco_secure_email_gateway",
                "vendor", CiscoTable.VENDOR, "detection", CiscoTable.read("detection.tsv", 3).stream()
                        .map(List::of).toList(), "parsers", parsers))));
        for (String type : LOG_TYPES) {
            processors.add(processor("pipeline", "pipeline_" + type, null, ordered(
                    "name", "{{ IngestPipeline \"" + BASE + "/pipeline_" + type + "\" }}",
                    "if", "ctx._tmp?.type == '" + type + "'")));
        }
        processors.add(script("script_finish", "Rules for every event, receipt time, failure report and "
                + "clean-up (CiscoEsaParser.finish).", "finish", false, ordered(
                "rules", rules(EVERY_TYPE), "failure_tag", "_ciscoesaparsefailure")));
        processors.add(processor("remove", "remove_tmp", "Scratch values of the per-type pipelines end here.",
                ordered("field", "_tmp", "ignore_missing", true)));
        return ordered("description", "Cisco Secure Email Gateway (ESA) logs to the fields of Elastic's "
                + "cisco_secure_email_gateway integration: common steps, header, then the pipeline of the log type, "
                + "then clean-up. Generated from the cisco_esa filter's tables by CiscoPipelineGenerator.",
                "processors", processors, "on_failure", failureHandler());
    }

    private static Map<String, Object> typePipeline(String type) {
        List<Object> processors = new ArrayList<>();
        Map<String, Object> types = fieldTypes();
        if (hasShapes(type)) {
            processors.add(script("script_shapes", "Message shapes of shapes/" + type + ".tsv.", "shapes", true,
                    ordered("shapes", shapes(type), "types", types)));
        }
        CiscoTypeScripts.extra(type, types).ifPresent(extra -> processors.add(
                script("script_" + type, extra.description(), extra.main(), extra.matcher(), extra.params())));
        List<Object> rules = rules(type);
        if (!rules.isEmpty()) {
            processors.add(script("script_rules", "Rows of enrichment.tsv for " + type + ".", "rules", false,
                    ordered("rules", rules)));
        }
        return ordered("description", "Cisco ESA " + type + " log messages. Generated from the cisco_esa filter's "
                + "tables by CiscoPipelineGenerator.", "processors", processors, "on_failure", failureHandler());
    }

    static boolean hasShapes(String type) {
        String resource = CiscoTable.ROOT + "shapes/" + type + ".tsv";
        return CiscoPipelineGenerator.class.getClassLoader().getResource(resource) != null;
    }

    /** The shapes of {@code shapes/<name>.tsv} as matcher parameters. */
    static List<Object> shapes(String name) {
        List<Object> shapes = new ArrayList<>();
        for (String[] row : CiscoTable.read("shapes/" + name + ".tsv", 3)) {
            List<Map<String, Object>> parts = ShapeParts.of(row[2]);
            long captures = parts.stream().filter(part -> part.containsKey("capture")).count();
            shapes.add(ordered("id", row[0], "ignore_case", row[1].equals("i"),
                    "captures", (int) captures, "parts", parts));
        }
        return shapes;
    }

    /** The declared types other than text ones, which need a conversion. */
    static Map<String, Object> fieldTypes() {
        Map<String, Object> types = new LinkedHashMap<>();
        for (String[] row : CiscoTable.read("fields.tsv", 3)) {
            if (TYPED.contains(row[1])) {
                types.put(row[0], row[1]);
            }
        }
        return types;
    }

    /** The rows of {@code enrichment.tsv} for one log type, parsed as the filter's EnrichmentRules does. */
    private static List<Object> rules(String type) {
        List<Object> rules = new ArrayList<>();
        for (String[] row : CiscoTable.read("enrichment.tsv", 5)) {
            if (!row[0].equals(type)) {
                continue;
            }
            Map<String, Object> rule = new LinkedHashMap<>();
            String condition = CiscoTable.expand(row[1]);
            if (condition.startsWith("@shape=")) {
                rule.put("shape", condition.substring("@shape=".length()));
            } else if (!condition.equals("-")) {
                int eq = condition.indexOf('=');
                rule.put("field", eq < 0 ? condition : condition.substring(0, eq));
                if (eq >= 0) {
                    rule.put("value", condition.substring(eq + 1));
                }
            }
            rule.put("action", row[2]);
            rule.put("target", CiscoTable.expand(row[3]));
            rule.put("argument", row[4].startsWith("@") ? "@" + CiscoTable.expand(row[4].substring(1)) : row[4]);
            rules.add(rule);
        }
        return rules;
    }

    private static List<Object> failureHandler() {
        return List.of(
                processor("append", "append_error_message", null, ordered("field", "error.message", "value",
                        "Processor '{{{_ingest.on_failure_processor_type}}}' with tag "
                                + "'{{{_ingest.on_failure_processor_tag}}}' in pipeline '{{{_ingest.pipeline}}}' "
                                + "failed with message: {{{_ingest.on_failure_message}}}")),
                processor("set", "set_event_kind_pipeline_error", null, ordered("field", "event.kind",
                        "value", "pipeline_error")),
                processor("rename", "rename_message_to_event_original_on_failure",
                        "A failure before the raw line was moved must not lose it.", ordered("field", "message",
                                "target_field", "event.original", "ignore_missing", true,
                                "if", "ctx.event?.original == null")),
                processor("append", "append_preserve_original_event_tag",
                        "The tag Elastic's pipelines use to keep event.original on failed documents.",
                        ordered("field", "tags", "value", "preserve_original_event", "allow_duplicates", false)),
                processor("remove", "remove_tmp_on_failure", null, ordered("field", "_tmp",
                        "ignore_missing", true)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyIf(String condition, Map<String, Object> processor) {
        processor.values().forEach(body -> ((Map<String, Object>) body).put("if", condition));
        return processor;
    }

    /** A script processor: the shared functions, the shape matcher when it needs it, then its main part. */
    private static Map<String, Object> script(String tag, String description, String main, boolean matcher,
                                              Map<String, Object> params) {
        String source = painless("functions") + (matcher ? painless("matcher") : "") + painless(main);
        return processor("script", tag, description, ordered("lang", "painless", "source", source,
                "params", params));
    }

    private static Map<String, Object> processor(String type, String tag, String description,
                                                 Map<String, Object> config) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tag", tag);
        if (description != null) {
            body.put("description", description);
        }
        body.putAll(config);
        return Map.of(type, body);
    }

    /** A map keeping the order of its alternating keys and values. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The text of {@code cisco/<name>.painless}. */
    static String painless(String name) {
        String resource = PAINLESS + name + ".painless";
        try (InputStream in = CiscoPipelineGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
