package io.github.ecsbridge.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {

    @Test
    void equalDocumentsHaveNoDifferences() {
        Map<String, Object> doc = Json.parseObject("{\"event\":{\"severity\":5,\"category\":[\"email\"]}}");

        assertEquals(List.of(), DocumentDiff.between(doc, Json.parseObject(Json.toLine(doc)), Set.of()));
    }

    @Test
    void missingUnexpectedAndChangedFieldsAreListedByName() {
        Map<String, Object> expected = Json.parseObject(
                "{\"event\":{\"severity\":5,\"code\":\"x\"},\"tags\":[\"a\"]}");
        Map<String, Object> actual = Json.parseObject(
                "{\"event\":{\"severity\":5.0,\"kind\":\"event\"},\"tags\":[\"a\",\"b\"]}");

        assertEquals(List.of(
                "- event.code: \"x\"",
                "+ event.kind: \"event\"",
                "~ event.severity: expected 5, got 5.0 (double)",
                "~ tags: expected [a], got [a, b]"),
                DocumentDiff.between(expected, actual, Set.of()));
    }

    @Test
    void ignoredFieldsAreNotCompared() {
        Map<String, Object> expected = Json.parseObject("{\"message\":\"m\"}");
        Map<String, Object> actual = Json.parseObject("{\"message\":\"m\",\"@version\":\"1\"}");

        assertEquals(List.of(), DocumentDiff.between(expected, actual, Set.of("@version")));
    }

    @Test
    void emptyObjectsStillCount() {
        assertEquals(List.of("+ labels: {}"),
                DocumentDiff.between(Map.of(), Json.parseObject("{\"labels\":{}}"), Set.of()));
    }
}
