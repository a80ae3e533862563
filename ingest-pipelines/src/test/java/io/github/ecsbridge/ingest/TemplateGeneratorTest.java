package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateGeneratorTest {

    private static final Set<String> ALL_FALLBACK_TYPES = Set.of("match_only_text", "wildcard", "constant_keyword");

    private final AssetCatalog catalog = AssetCatalog.standard();
    private final TemplateGenerator generator = new TemplateGenerator(catalog, MapperTypeFallbacks.standard());
    private final DataStreamDefinition cisco = catalog.dataStreams().get(0);
    private final DataStreamDefinition kaspersky = catalog.dataStreams().get(1);

    @Test
    void indexTemplateMakesDataStreamsFromBothComponentTemplates() {
        DataStreamTemplates templates = generator.generate(cisco, Set.of(), true);
        assertEquals("ecs-bridge-logs-cisco_secure_email_gateway.log", templates.indexTemplateName());
        assertEquals(Map.of(
                "index_patterns", List.of("logs-cisco_secure_email_gateway.log-*"),
                "priority", 200,
                "data_stream", Map.of(),
                "composed_of", List.of("ecs-bridge-logs-cisco_secure_email_gateway.log@package",
                        "ecs-bridge-logs-cisco_secure_email_gateway.log@custom"),
                "_meta", Map.of("managed_by", "ecs-bridge", "version", catalog.version(),
                        "description", "Data streams [logs-cisco_secure_email_gateway.log-*] of ECS Bridge.")),
                templates.indexTemplate());
    }

    @Test
    void packageTemplateRoutesDocumentsThroughTheEntryPipeline() {
        DataStreamTemplates templates = generator.generate(kaspersky, Set.of(), true);
        Map<?, ?> template = (Map<?, ?>) templates.packageComponent().get("template");
        assertEquals(Map.of("index.default_pipeline", "logs-kaspersky-" + catalog.version()), template.get("settings"));
    }

    @Test
    void withoutDefaultPipelineTheTemplateHasNoSettings() {
        DataStreamTemplates templates = generator.generate(kaspersky, Set.of(), false);
        Map<?, ?> template = (Map<?, ?>) templates.packageComponent().get("template");
        assertFalse(template.containsKey("settings"));
    }

    @Test
    void customTemplateStartsEmpty() {
        DataStreamTemplates templates = generator.generate(kaspersky, Set.of(), true);
        assertEquals("ecs-bridge-logs-kaspersky@custom", templates.customComponentName());
        assertEquals(Map.of(), templates.customComponent().get("template"));
    }

    @Test
    void fieldsKeepTheTypesOfTheIntegrationAndEcs() {
        Map<String, Object> leaves = leaves(generator.generate(cisco, Set.of(), true));
        assertEquals(Map.of("type", "ip"), leaves.get("cisco_secure_email_gateway.log.address"));
        assertEquals(Map.of("type", "long"), leaves.get("cisco_secure_email_gateway.log.risk_factor"));
        assertEquals(Map.of("type", "keyword", "ignore_above", 1024),
                leaves.get("cisco_secure_email_gateway.log.recepients"));
        assertEquals(Map.of("type", "wildcard"), leaves.get("email.message_id"));
        assertEquals(Map.of("type", "keyword", "index", false, "doc_values", false), leaves.get("event.original"));
        assertEquals(Map.of("type", "keyword", "ignore_above", 1024,
                "fields", Map.of("text", Map.of("type", "match_only_text"))), leaves.get("email.subject"));
        assertEquals(Map.of("type", "constant_keyword", "value", "cisco_secure_email_gateway.log"),
                leaves.get("event.dataset"));
        assertEquals(Map.of("type", "match_only_text"), leaves.get("error.message"));
    }

    @Test
    void mapperTypesListEveryTypeOfTheFields() {
        assertEquals(Set.of("constant_keyword", "date", "keyword", "ip", "long", "text", "boolean", "object",
                "double", "wildcard", "match_only_text"), generator.mapperTypes(cisco));
    }

    @Test
    void onAClusterLackingEcsTypesTheseCiscoFieldsFallBack() {
        assertEquals(List.of(
                "data_stream.type: constant_keyword -> keyword",
                "data_stream.dataset: constant_keyword -> keyword",
                "data_stream.namespace: constant_keyword -> keyword",
                "event.dataset: constant_keyword -> keyword",
                "event.module: constant_keyword -> keyword",
                "email.message_id: wildcard -> keyword",
                "email.subject.text: match_only_text -> text",
                "url.path: wildcard -> keyword",
                "user.name.text: match_only_text -> text",
                "user_agent.original.text: match_only_text -> text",
                "user_agent.os.full.text: match_only_text -> text",
                "user_agent.os.name.text: match_only_text -> text",
                "error.message: match_only_text -> text"),
                generator.generate(cisco, ALL_FALLBACK_TYPES, true).downgrades().stream()
                        .map(Downgrade::toString).toList());
    }

    @Test
    void onAClusterLackingEcsTypesTheseKasperskyFieldsFallBack() {
        assertEquals(List.of(
                "data_stream.type: constant_keyword -> keyword",
                "data_stream.dataset: constant_keyword -> keyword",
                "data_stream.namespace: constant_keyword -> keyword",
                "event.dataset: constant_keyword -> keyword",
                "event.module: constant_keyword -> keyword",
                "destination.user.name.text: match_only_text -> text",
                "error.message: match_only_text -> text",
                "file.path.text: match_only_text -> text",
                "message: match_only_text -> text",
                "organization.name.text: match_only_text -> text",
                "process.name.text: match_only_text -> text",
                "source.user.name.text: match_only_text -> text",
                "url.original: wildcard -> keyword",
                "url.original.text: match_only_text -> text",
                "user_agent.original.text: match_only_text -> text",
                "email.subject.text: match_only_text -> text",
                "process.command_line: wildcard -> keyword",
                "process.command_line.text: match_only_text -> text",
                "user.name.text: match_only_text -> text",
                "user.target.name.text: match_only_text -> text"),
                generator.generate(kaspersky, ALL_FALLBACK_TYPES, true).downgrades().stream()
                        .map(Downgrade::toString).toList());
    }

    @Test
    void onAClusterWithEveryTypeNothingFallsBack() {
        assertEquals(List.of(), generator.generate(cisco, Set.of(), true).downgrades());
        assertEquals(List.of(), generator.generate(kaspersky, Set.of(), true).downgrades());
    }

    /** Leaf mappings of the package template by dotted name. */
    static Map<String, Object> leaves(DataStreamTemplates templates) {
        Map<?, ?> mappings = (Map<?, ?>) ((Map<?, ?>) templates.packageComponent().get("template")).get("mappings");
        return MappingLeaves.of((Map<?, ?>) mappings.get("properties"));
    }
}
