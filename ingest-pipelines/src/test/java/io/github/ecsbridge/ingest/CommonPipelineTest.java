package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.samples.DocumentDiff;
import io.github.ecsbridge.samples.Json;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The common steps and the failure handler, run on Elasticsearch 7.10.2 through {@code _simulate}. */
@ExtendWith(TestClusters.class)
class CommonPipelineTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();
    private static final String COMMON = "logs-ecs-bridge-common-" + CATALOG.version();

    private static EmbeddedElasticsearch es;

    @BeforeAll
    static void installPipelines(EmbeddedElasticsearch embedded) {
        es = embedded;
        new PipelineInstaller(CATALOG, MapperTypeFallbacks.standard(), new PrintStream(OutputStream.nullOutputStream()))
                .run(es.connection(), InstallScope.PIPELINES);
    }

    static Stream<String> entryPipelines() {
        return CATALOG.dataStreams().stream().map(DataStreamDefinition::pipelineId);
    }

    /** The fields the common steps own: entry pipelines add their vendor's fields beside them. */
    private static Map<String, Object> commonPart(Map<String, Object> document) {
        Map<String, Object> common = new LinkedHashMap<>();
        for (String field : List.of("ecs", "_tmp")) {
            if (document.containsKey(field)) {
                common.put(field, document.get(field));
            }
        }
        if (document.get("event") instanceof Map<?, ?> event && event.containsKey("original")) {
            common.put("event", Map.of("original", event.get("original")));
        }
        return common;
    }

    private static void assertDocument(String expectedJson, Map<String, Object> actual) {
        assertEquals(List.of(), DocumentDiff.between(Json.parseObject(expectedJson), actual, Set.of()));
    }

    @Test
    void rawLineInMessageMovesToEventOriginal() {
        assertDocument("""
                {"ecs": {"version": "8.17.0"}, "event": {"original": "<22>Mar 17 18:24:37 mail_logs: Info: MID 6"}}
                """, es.simulate(COMMON, Map.of("message", "<22>Mar 17 18:24:37 mail_logs: Info: MID 6")));
    }

    @Test
    void eventOriginalFromTheSenderWinsOverMessage() {
        assertDocument("""
                {"ecs": {"version": "8.17.0"}, "event": {"original": "raw line", "kind": "event"}}
                """, es.simulate(COMMON, Map.of("message", "text after parsing",
                "event", Map.of("original", "raw line", "kind", "event"))));
    }

    @Test
    void unrelatedFieldsPassThroughUnchanged() {
        assertDocument("""
                {"ecs": {"version": "8.17.0"}, "event": {"original": "line"},
                 "host": {"name": "mx1.example.com"}, "labels": {"site": "ams", "rack": 12},
                 "tags": ["forwarded"], "@timestamp": "2026-06-01T00:00:00.000Z"}
                """, es.simulate(COMMON, Map.of("message", "line", "host", Map.of("name", "mx1.example.com"),
                "labels", Map.of("site", "ams", "rack", 12), "tags", List.of("forwarded"),
                "@timestamp", "2026-06-01T00:00:00.000Z")));
    }

    @Test
    void failureKeepsTheRawLineAndMarksTheDocument() {
        // ecs holding a string makes the very first step fail, before the raw line has moved.
        assertDocument("""
                {"ecs": "not an object",
                 "error": {"message": ["Processor 'set' with tag 'set_ecs_version' in pipeline '%s' failed with\
                 message: cannot set [version] with parent object of type [java.lang.String] as part of path\
                 [ecs.version]"]},
                 "event": {"kind": "pipeline_error", "original": "line"},
                 "tags": ["preserve_original_event"]}
                """.formatted(COMMON), es.simulate(COMMON, Map.of("ecs", "not an object", "message", "line")));
    }

    @Test
    void failureTagIsAddedOnceToExistingTags() {
        assertDocument("""
                {"ecs": "x",
                 "error": {"message": ["Processor 'set' with tag 'set_ecs_version' in pipeline '%s' failed with\
                 message: cannot set [version] with parent object of type [java.lang.String] as part of path\
                 [ecs.version]"]},
                 "event": {"kind": "pipeline_error", "original": "line"},
                 "tags": ["forwarded", "preserve_original_event"]}
                """.formatted(COMMON), es.simulate(COMMON, Map.of("ecs", "x", "message", "line",
                "tags", List.of("forwarded", "preserve_original_event"))));
    }

    @ParameterizedTest
    @MethodSource("entryPipelines")
    void entryPipelineRunsTheCommonStepsAndDropsScratchValues(String pipeline) {
        assertDocument("""
                {"ecs": {"version": "8.17.0"}, "event": {"original": "line"}}
                """, commonPart(es.simulate(pipeline, Map.of("message", "line", "_tmp", Map.of("category", "amp")))));
    }

    @ParameterizedTest
    @MethodSource("entryPipelines")
    void failureInTheCommonStepsIsHandledThere(String pipeline) {
        assertDocument("""
                {"ecs": "x",
                 "error": {"message": ["Processor 'set' with tag 'set_ecs_version' in pipeline '%s' failed with\
                 message: cannot set [version] with parent object of type [java.lang.String] as part of path\
                 [ecs.version]"]},
                 "event": {"kind": "pipeline_error", "original": "line"},
                 "tags": ["preserve_original_event"]}
                """.formatted(COMMON), es.simulate(pipeline, Map.of("ecs", "x", "message", "line")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentIndexedThroughAnEntryPipelineIsStoredAsSimulated() {
        String index = "ecs-bridge-test-common";
        es.connection().send("DELETE", "/" + index, null);
        es.connection().put("/" + index, Map.of());
        Map<String, Object> answer = es.connection().post("/" + index + "/_doc?refresh=true&pipeline="
                + CATALOG.dataStreams().get(0).pipelineId(), Map.of("message", "line", "_tmp", Map.of("a", 1)));
        Map<String, Object> stored = es.connection().get("/" + index + "/_doc/" + answer.get("_id")).orElseThrow();
        assertDocument("""
                {"ecs": {"version": "8.17.0"}, "event": {"original": "line"}}
                """, commonPart((Map<String, Object>) Json.normalize(stored.get("_source"))));
        es.connection().send("DELETE", "/" + index, null);
    }
}
