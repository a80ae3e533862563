package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingBuilderTest {

    private static final MapperTypeFallbacks FALLBACKS = MapperTypeFallbacks.standard();

    private static FieldDefinition field(String name, String type) {
        return new FieldDefinition(name, type, Map.of(), List.of(), null, "a.yml");
    }

    private static FieldDefinition field(String name, String type, Map<String, Object> parameters) {
        return new FieldDefinition(name, type, parameters, List.of(), null, "a.yml");
    }

    private static final List<FieldDefinition> FIELDS = List.of(
            field("event.module", "constant_keyword", Map.of("value", "kaspersky")),
            field("event.original", "keyword", Map.of("index", false, "doc_values", false)),
            field("email.message_id", "wildcard"),
            new FieldDefinition("email.subject", "keyword", Map.of(),
                    List.of(field("email.subject.text", "match_only_text")), null, "a.yml"),
            field("cloud.region", "keyword", Map.of("ignore_above", 256)),
            field("source.port", "long"),
            new FieldDefinition("container.labels", "object", Map.of(), List.of(), "keyword", "a.yml"),
            new FieldDefinition("kaspersky.*", "object", Map.of(), List.of(), "keyword", "b.yml"));

    @Test
    void fieldsBecomeNestedPropertiesWithEcsParameters() {
        MappingBuilder.Result result = MappingBuilder.build(FIELDS, FALLBACKS, Set.of());
        Map<String, Object> keywordTemplate = Map.of("type", "keyword", "ignore_above", 1024);
        assertEquals(Map.of(
                "dynamic_templates", List.of(
                        Map.of("container.labels", Map.of("path_match", "container.labels.*",
                                "match_mapping_type", "string", "mapping", keywordTemplate)),
                        Map.of("kaspersky.*", Map.of("path_match", "kaspersky.*",
                                "match_mapping_type", "string", "mapping", keywordTemplate))),
                "date_detection", false,
                "properties", Map.of(
                        "cloud", Map.of("properties", Map.of(
                                "region", Map.of("type", "keyword", "ignore_above", 256))),
                        "container", Map.of("properties", Map.of("labels", Map.of("type", "object"))),
                        "email", Map.of("properties", Map.of(
                                "message_id", Map.of("type", "wildcard"),
                                "subject", Map.of("type", "keyword", "ignore_above", 1024,
                                        "fields", Map.of("text", Map.of("type", "match_only_text"))))),
                        "event", Map.of("properties", Map.of(
                                "module", Map.of("type", "constant_keyword", "value", "kaspersky"),
                                "original", Map.of("type", "keyword", "index", false, "doc_values", false))),
                        "source", Map.of("properties", Map.of("port", Map.of("type", "long"))))),
                result.mappings());
        assertEquals(List.of(), result.downgrades());
    }

    @Test
    void fallbackAppliesOnlyToTypesTheClusterLacks() {
        MappingBuilder.Result result = MappingBuilder.build(FIELDS, FALLBACKS, Set.of("wildcard", "match_only_text"));
        assertEquals(List.of(new Downgrade("email.message_id", "wildcard", "keyword"),
                new Downgrade("email.subject.text", "match_only_text", "text")), result.downgrades());
        Map<?, ?> email = (Map<?, ?>) ((Map<?, ?>) result.mappings().get("properties")).get("email");
        assertEquals(Map.of("properties", Map.of(
                "message_id", Map.of("type", "keyword", "ignore_above", 1024),
                "subject", Map.of("type", "keyword", "ignore_above", 1024,
                        "fields", Map.of("text", Map.of("type", "text"))))), email);
        Map<?, ?> event = (Map<?, ?>) ((Map<?, ?>) result.mappings().get("properties")).get("event");
        assertEquals(Map.of("type", "constant_keyword", "value", "kaspersky"),
                ((Map<?, ?>) event.get("properties")).get("module"));
    }

    @Test
    void constantKeywordFallbackDropsTheValue() {
        MappingBuilder.Result result = MappingBuilder.build(
                List.of(field("event.module", "constant_keyword", Map.of("value", "kaspersky"))), FALLBACKS,
                Set.of("constant_keyword"));
        assertEquals(Map.of("event", Map.of("properties", Map.of(
                        "module", Map.of("type", "keyword", "ignore_above", 1024)))),
                result.mappings().get("properties"));
        assertEquals(List.of(new Downgrade("event.module", "constant_keyword", "keyword")), result.downgrades());
    }

    @Test
    void fieldDeclaredTwiceIsRejected() {
        List<FieldDefinition> fields = List.of(field("host.id", "keyword"),
                new FieldDefinition("host.id", "keyword", Map.of(), List.of(), null, "b.yml"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MappingBuilder.build(fields, FALLBACKS, Set.of()));
        assertEquals("[fields] host.id is declared in a.yml and again in b.yml", e.getMessage());
    }

    @Test
    void fieldThatIsAlsoAnObjectIsRejectedInEitherOrder() {
        IllegalStateException first = assertThrows(IllegalStateException.class, () -> MappingBuilder.build(
                List.of(field("file.hash", "keyword"), field("file.hash.md5", "keyword")), FALLBACKS, Set.of()));
        assertEquals("[fields] file.hash.md5 (a.yml) is both a field and an object holding other fields",
                first.getMessage());
        IllegalStateException second = assertThrows(IllegalStateException.class, () -> MappingBuilder.build(
                List.of(field("file.hash.md5", "keyword"), field("file.hash", "keyword")), FALLBACKS, Set.of()));
        assertEquals("[fields] file.hash (a.yml) is both a field and an object holding other fields",
                second.getMessage());
    }

    @Test
    void missingTypeWithoutFallbackIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MappingBuilder.build(
                List.of(field("source.geo.location", "geo_point")), FALLBACKS, Set.of("geo_point")));
        assertEquals("[fields] source.geo.location needs mapper type [geo_point], which the cluster lacks and which"
                + " has no fallback", e.getMessage());
    }
}
