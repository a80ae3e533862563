package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PipelineRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A failure handler that follows every rule, reused by the cases that break one other rule. */
    private static final String HANDLER = """
            "on_failure": [
              {"append": {"tag": "h1", "field": "error.message", "value": "{{{_ingest.on_failure_message}}}"}},
              {"set": {"tag": "h2", "field": "event.kind", "value": "pipeline_error"}},
              {"append": {"tag": "h3", "field": "tags", "value": "preserve_original_event"}},
              {"remove": {"tag": "h4", "field": "_tmp", "ignore_missing": true}}
            ]""";

    private final PipelineRules rules = PipelineRules.standard();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(String json) throws JsonProcessingException {
        return JSON.readValue(json, Map.class);
    }

    @Test
    void everyShippedPipelineFollowsTheRules() {
        AssetCatalog catalog = AssetCatalog.standard();
        Set<String> entries = catalog.dataStreams().stream().map(DataStreamDefinition::pipelineId)
                .collect(Collectors.toSet());
        List<String> violations = new ArrayList<>();
        for (PipelineAsset pipeline : catalog.pipelines()) {
            violations.addAll(rules.violations(pipeline.id(), pipeline.body(), entries.contains(pipeline.id())));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void followingPipelineHasNoViolation() throws JsonProcessingException {
        assertEquals(List.of(), rules.violations("p", body("""
                {"processors": [{"remove": {"tag": "r", "field": "_tmp", "ignore_missing": true}}], %s}
                """.formatted(HANDLER)), true));
    }

    @Test
    void processorMissingFromElasticsearch710IsReported() throws JsonProcessingException {
        assertEquals(List.of("p processors[0] community_id: processor not available in Elasticsearch 7.10"),
                rules.violations("p", body("""
                        {"processors": [{"community_id": {"tag": "c"}}], %s}
                        """.formatted(HANDLER)), false));
    }

    @Test
    void copyFromIsReported() throws JsonProcessingException {
        assertEquals(List.of("p processors[0] set: copy_from is not available in Elasticsearch 7.10"),
                rules.violations("p", body("""
                        {"processors": [{"set": {"tag": "s", "field": "a", "copy_from": "b"}}], %s}
                        """.formatted(HANDLER)), false));
    }

    @Test
    void missingAndDuplicateTagsAreReportedWhereverTheProcessorSits() throws JsonProcessingException {
        assertEquals(List.of(
                        "p processors[0].processor set: no tag",
                        "p processors[1] grok: tag x is used twice",
                        "p processors[1].on_failure[0] set: no tag"),
                rules.violations("p", body("""
                        {"processors": [
                          {"foreach": {"tag": "x", "field": "a", "processor": {"set": {"field": "b", "value": 1}}}},
                          {"grok": {"tag": "x", "field": "m", "patterns": ["%%{WORD:w}"],
                                    "on_failure": [{"set": {"field": "c", "value": 2}}]}}
                        ], %s}
                        """.formatted(HANDLER)), false));
    }

    @Test
    void incompleteFailureHandlerIsReported() throws JsonProcessingException {
        assertEquals(List.of(
                        "p on_failure: does not append {{{_ingest.on_failure_message}}} to error.message",
                        "p on_failure: does not set event.kind to pipeline_error",
                        "p on_failure: does not tag the document preserve_original_event",
                        "p on_failure: does not remove _tmp"),
                rules.violations("p", body("""
                        {"processors": [{"set": {"tag": "s", "field": "a", "value": 1}}],
                         "on_failure": [{"set": {"tag": "f", "field": "error.message", "value": "failed"}}]}
                        """), false));
    }

    @Test
    void failureHandlerThatDropsEventOriginalIsReported() throws JsonProcessingException {
        String handler = HANDLER.replace("]", ", {\"remove\": {\"tag\": \"h5\", \"field\": [\"x\", \"event.original\"]}}]");
        assertEquals(List.of("p on_failure[4] remove: drops event.original"),
                rules.violations("p", body("""
                        {"processors": [{"set": {"tag": "s", "field": "a", "value": 1}}], %s}
                        """.formatted(handler)), false));
    }

    @Test
    void entryPipelineThatKeepsTmpIsReported() throws JsonProcessingException {
        assertEquals(List.of("p processors: an entry pipeline must end by removing _tmp (ignore_missing)"),
                rules.violations("p", body("""
                        {"processors": [
                          {"remove": {"tag": "r", "field": "_tmp", "ignore_missing": true}},
                          {"set": {"tag": "s", "field": "_tmp.x", "value": 1}}
                        ], %s}
                        """.formatted(HANDLER)), true));
    }
}
