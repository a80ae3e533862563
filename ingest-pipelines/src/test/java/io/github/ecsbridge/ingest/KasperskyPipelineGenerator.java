package io.github.ecsbridge.ingest;

import io.github.ecsbridge.cef.CefTimestamps;
import io.github.ecsbridge.kaspersky.KasperskyMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the Kaspersky pipelines (the entry pipeline and one {@code pipeline_<product>} per product) from the
 * tables the {@code kaspersky} Logstash filter maps with and cef-core's CEF key table, so that both engines follow one
 * copy of the mapping. The painless code is hand-written and generic (test resources {@code kaspersky/*.painless});
 * the tables become its parameters.
 *
 * <p>Run {@code main} on the test class path with {@code src/main/resources} as argument after changing a table or a
 * script; {@code KasperskyPipelineGeneratorTest} fails while a checked-in pipeline differs from the output.
 */
final class KasperskyPipelineGenerator {

    /** The directory of the generated pipelines, relative to the module's resource root. */
    static final String DIRECTORY = AssetCatalog.STANDARD_ROOT + "pipelines/logs-kaspersky/";

    /** The painless sources, relative to the test resource root. */
    static final String SCRIPTS = AssetCatalog.STANDARD_ROOT + "kaspersky/";

    /** A document the common steps failed on is indexed as their failure handler left it. */
    static final String NOT_FAILED = "ctx.event?.kind != 'pipeline_error'";

    private KasperskyPipelineGenerator() {
    }

    /** Writes the pipelines below the resource directory given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: KasperskyPipelineGenerator <src/main/resources directory>");
        }
        for (Map.Entry<String, String> file : generate().entrySet()) {
            Path target = Path.of(args[0]).resolve(DIRECTORY + file.getKey());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + target);
        }
    }

    /**
     * The JSON text of every Kaspersky pipeline by file name: {@code default.json}, the entry pipeline, and
     * {@code pipeline_<product>.json} for each product of {@code products.tsv}.
     */
    static Map<String, String> generate() {
        KasperskyTableParams tables = new KasperskyTableParams();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("default.json", PipelineJson.write(entryPipeline(tables)));
        for (String product : tables.productCodes()) {
            files.put("pipeline_" + product + ".json", PipelineJson.write(productPipeline(tables, product)));
        }
        return files;
    }

    private static Map<String, Object> entryPipeline(KasperskyTableParams tables) {
        List<Object> processors = new ArrayList<>();
        processors.add(Map.of("pipeline", ordered(
                "tag", "pipeline_common",
                "name", "{{ IngestPipeline \"logs-ecs-bridge-common/default\" }}")));
        processors.add(Map.of("set", ordered(
                "tag", "set_tmp_now",
                "description", "The current time, for syslog dates without a year. A document that brings _tmp.now "
                        + "(an ISO-8601 instant) keeps it: tests pin the clock that way.",
                "field", "_tmp.now",
                "value", "{{{_ingest.timestamp}}}",
                "override", false)));
        processors.add(Map.of("script", ordered(
                "tag", "script_decode_syslog_cef",
                "if", NOT_FAILED,
                "description", "Syslog header, CEF header and extensions, and the generic CEF to ECS mapping of "
                        + "cef-core's cef-keys.tsv (params.keys), as the Logstash input's decoder does.",
                "lang", "painless",
                "source", TableRows.resourceText(SCRIPTS + "syslog-cef-decode.painless"),
                "params", ordered("keys", tables.cefKeys(), "zones", CefTimestamps.zoneAbbreviations()))));
        processors.add(Map.of("script", ordered(
                "tag", "script_detect_product",
                "if", NOT_FAILED,
                "description", "The product of the event by the kaspersky filter's products.tsv (params.products), "
                        + "into _tmp.kaspersky.",
                "lang", "painless",
                "source", script("detect.painless"),
                "params", Map.of("products", tables.products()))));
        for (String product : tables.productCodes()) {
            processors.add(Map.of("pipeline", ordered(
                    "tag", "pipeline_" + product,
                    "if", "ctx._tmp?.kaspersky?.product == '" + product + "'",
                    "name", "{{ IngestPipeline \"logs-kaspersky/pipeline_" + product + "\" }}")));
        }
        processors.add(Map.of("remove", ordered(
                "tag", "remove_tmp",
                "description", "Scratch values of the per-product pipelines end here.",
                "field", "_tmp",
                "ignore_missing", true)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", "Kaspersky CEF and syslog events (KSMG, KATA, KSC, KCS) to ECS and kaspersky.* "
                + "fields: common steps, syslog and CEF decoding, then the pipeline of the product. Generated by "
                + "KasperskyPipelineGenerator from the kaspersky filter's tables; do not edit.");
        body.put("processors", processors);
        body.put("on_failure", FailureHandler.processors());
        return body;
    }

    private static Map<String, Object> productPipeline(KasperskyTableParams tables, String product) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("keys", tables.cefKeys());
        params.put("severities", tables.severities(product));
        params.put("related", tables.related());
        params.put("header_fields", KasperskyMapper.HEADER_FIELDS);
        params.put("tables", ordered("fields", tables.fields(product), "events", tables.events(product)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", "Kaspersky " + product + " events: " + product + "-fields.tsv, " + product
                + "-events.tsv, severity.tsv and related.tsv of the kaspersky filter. Generated by "
                + "KasperskyPipelineGenerator; do not edit.");
        body.put("processors", List.of(Map.of("script", ordered(
                "tag", "script_map_" + product,
                "lang", "painless",
                "source", script("map.painless"),
                "params", params))));
        body.put("on_failure", FailureHandler.processors());
        return body;
    }

    /** A script of {@value #SCRIPTS} behind the shared helper functions, since painless has no includes. */
    private static String script(String name) {
        return TableRows.resourceText(SCRIPTS + "functions.painless") + TableRows.resourceText(SCRIPTS + name);
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The failure handler every pipeline of the project ends with (README, "What gets installed"). */
    static final class FailureHandler {

        private FailureHandler() {
        }

        static List<Object> processors() {
            return List.of(
                    Map.of("append", ordered(
                            "tag", "append_error_message",
                            "field", "error.message",
                            "value", "Processor '{{{_ingest.on_failure_processor_type}}}' with tag "
                                    + "'{{{_ingest.on_failure_processor_tag}}}' in pipeline '{{{_ingest.pipeline}}}' "
                                    + "failed with message: {{{_ingest.on_failure_message}}}")),
                    Map.of("set", ordered(
                            "tag", "set_event_kind_pipeline_error",
                            "field", "event.kind",
                            "value", "pipeline_error")),
                    Map.of("rename", ordered(
                            "tag", "rename_message_to_event_original_on_failure",
                            "description", "A failure before the raw line was moved must not lose it.",
                            "field", "message",
                            "target_field", "event.original",
                            "ignore_missing", true,
                            "if", "ctx.event?.original == null")),
                    Map.of("append", ordered(
                            "tag", "append_preserve_original_event_tag",
                            "description", "The tag Elastic's pipelines use to keep event.original on failed "
                                    + "documents.",
                            "field", "tags",
                            "value", "preserve_original_event",
                            "allow_duplicates", false)),
                    Map.of("remove", ordered(
                            "tag", "remove_tmp_on_failure",
                            "field", "_tmp",
                            "ignore_missing", true)));
        }
    }
}
