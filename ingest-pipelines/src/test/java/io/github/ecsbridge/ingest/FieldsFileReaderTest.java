package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsFileReaderTest {

    private static final FieldDefinition ECS_SUBJECT = new FieldDefinition("email.subject", "keyword", Map.of(),
            List.of(new FieldDefinition("email.subject.text", "match_only_text", Map.of(), List.of(), null,
                    "ecs-fields.yml")), null, "ecs-fields.yml");

    private static List<FieldDefinition> read(String yaml) throws IOException {
        return FieldsFileReader.read("test.yml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                Map.of("email.subject", ECS_SUBJECT));
    }

    @Test
    void groupsNestTheirFieldsUnderTheirName() throws IOException {
        List<FieldDefinition> fields = read("""
                - name: cisco.log
                  type: group
                  fields:
                  - name: appliance
                    type: group
                    fields:
                    - name: vendor
                      type: keyword
                      description: documentation only
                  - name: score
                    type: long
                """);
        assertEquals(List.of(
                new FieldDefinition("cisco.log.appliance.vendor", "keyword", Map.of(), List.of(), null, "test.yml"),
                new FieldDefinition("cisco.log.score", "long", Map.of(), List.of(), null, "test.yml")), fields);
    }

    @Test
    void externalEcsReferenceTakesTheEcsDefinition() throws IOException {
        List<FieldDefinition> fields = read("""
                - external: ecs
                  name: email.subject
                """);
        assertEquals(List.of(ECS_SUBJECT.declaredBy("test.yml")), fields);
    }

    @Test
    void mappingParametersAndMultiFieldsAreKept() throws IOException {
        List<FieldDefinition> fields = read("""
                - name: event.original
                  type: keyword
                  index: false
                  doc_values: false
                - name: host.os.name
                  type: keyword
                  ignore_above: 256
                  multi_fields:
                  - name: text
                    type: text
                    norms: false
                - name: event.module
                  type: constant_keyword
                  value: kaspersky
                """);
        assertEquals(List.of(
                new FieldDefinition("event.original", "keyword", Map.of("index", false, "doc_values", false),
                        List.of(), null, "test.yml"),
                new FieldDefinition("host.os.name", "keyword", Map.of("ignore_above", 256),
                        List.of(new FieldDefinition("host.os.name.text", "text", Map.of("norms", false), List.of(),
                                null, "test.yml")), null, "test.yml"),
                new FieldDefinition("event.module", "constant_keyword", Map.of("value", "kaspersky"), List.of(),
                        null, "test.yml")), fields);
    }

    @Test
    void objectDeclaresTheTypeOfItsValues() throws IOException {
        List<FieldDefinition> fields = read("""
                - name: kaspersky
                  type: group
                  fields:
                  - name: '*'
                    type: object
                    object_type: keyword
                """);
        assertEquals(List.of(new FieldDefinition("kaspersky.*", "object", Map.of(), List.of(), "keyword",
                "test.yml")), fields);
    }

    @Test
    void unknownKeyIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("""
                - name: score
                  type: long
                  ignore_abve: 10
                """));
        assertEquals("[fields] test.yml: [score] has unknown key [ignore_abve]", e.getMessage());
    }

    @Test
    void unsupportedTypeIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("""
                - name: payload
                  type: flattened
                """));
        assertEquals("[fields] test.yml: [payload] has unsupported type [flattened]", e.getMessage());
    }

    @Test
    void referenceToUnknownEcsFieldIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("""
                - external: ecs
                  name: email.sender.address
                """));
        assertEquals("[fields] test.yml: [email.sender.address] is not among the ECS field definitions",
                e.getMessage());
    }

    @Test
    void objectWithoutObjectTypeIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("""
                - name: labels
                  type: object
                """));
        assertEquals("[fields] test.yml: [labels] needs an object_type of [boolean, double, keyword, long], got [null]",
                e.getMessage());
    }

    @Test
    void wildcardNameOutsideAnObjectIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("""
                - name: kaspersky.*
                  type: keyword
                """));
        assertEquals("[fields] test.yml: [kaspersky.*] only an object may have a name ending in *", e.getMessage());
    }
}
