package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetComparisonTest {

    private static final Map<String, Object> COMPONENT = Map.of("template", Map.of(
            "settings", Map.of("index.default_pipeline", "logs-x-0.1.0", "index.mapping.total_fields.limit", 5000),
            "mappings", Map.of("properties", Map.of("a", Map.of("type", "keyword", "ignore_above", 1024)))));

    @Test
    void settingsReturnedNestedAndAsStringsAreTheSame() {
        Map<String, Object> stored = Map.of("template", Map.of(
                "settings", Map.of("index", Map.of("default_pipeline", "logs-x-0.1.0",
                        "mapping", Map.of("total_fields", Map.of("limit", "5000")))),
                "mappings", Map.of("properties", Map.of("a", Map.of("ignore_above", 1024L, "type", "keyword")))));
        assertTrue(AssetComparison.same(COMPONENT, stored));
    }

    @Test
    void otherMappingIsDifferent() {
        Map<String, Object> stored = Map.of("template", Map.of(
                "settings", Map.of("index", Map.of("default_pipeline", "logs-x-0.1.0",
                        "mapping", Map.of("total_fields", Map.of("limit", "5000")))),
                "mappings", Map.of("properties", Map.of("a", Map.of("type", "keyword")))));
        assertFalse(AssetComparison.same(COMPONENT, stored));
    }

    @Test
    void dataStreamDefaultsAddedByElasticsearchAreIgnored() {
        Map<String, Object> desired = Map.of("index_patterns", List.of("logs-x-*"), "data_stream", Map.of());
        Map<String, Object> stored = Map.of("index_patterns", List.of("logs-x-*"),
                "data_stream", Map.of("hidden", false, "allow_custom_routing", false));
        assertTrue(AssetComparison.same(desired, stored));
    }

    @Test
    void dataStreamOptionChangedOnTheClusterIsADifference() {
        Map<String, Object> desired = Map.of("index_patterns", List.of("logs-x-*"), "data_stream", Map.of());
        Map<String, Object> stored = Map.of("index_patterns", List.of("logs-x-*"),
                "data_stream", Map.of("hidden", true));
        assertFalse(AssetComparison.same(desired, stored));
    }

    @Test
    void timestampsMaintainedByElasticsearchAreIgnored() {
        Map<String, Object> desired = Map.of("processors", List.of(Map.of("set", Map.of("field", "a", "value", 1))));
        Map<String, Object> stored = Map.of("processors", List.of(Map.of("set", Map.of("field", "a", "value", 1))),
                "created_date_millis", 1767225600000L, "modified_date_millis", 1767225600000L);
        assertTrue(AssetComparison.same(desired, stored));
    }

    @Test
    void keyAddedByHandIsADifference() {
        Map<String, Object> desired = Map.of("processors", List.of(Map.of("set", Map.of("field", "a", "value", 1))));
        Map<String, Object> stored = Map.of("processors", List.of(Map.of("set", Map.of("field", "a", "value", 1,
                "override", false))));
        assertFalse(AssetComparison.same(desired, stored));
    }
}
