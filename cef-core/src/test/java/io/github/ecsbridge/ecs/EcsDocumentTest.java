package io.github.ecsbridge.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dotted names address nested maps part by part, empty parts included, whether their split is cached or not. */
class EcsDocumentTest {

    @Test
    void everyDotSplitsTheNameEvenAroundEmptyParts() {
        EcsDocument document = new EcsDocument();
        document.put("a.b", 1).put("a..c", "x").put(".d", true).put("e.", 2.5f);
        assertEquals(Map.of("a", Map.of("b", 1L, "", Map.of("c", "x")), "", Map.of("d", true),
                "e", Map.of("", 2.5)), document.toMap());
        assertEquals("x", document.get("a..c"));
        assertEquals(true, document.remove(".d"));
        assertNull(document.get(".d"));
    }

    @Test
    void aScalarOnThePathIsReplacedByAMapWhenWritingAndEndsTheLookupWhenReading() {
        EcsDocument document = new EcsDocument(new LinkedHashMap<>(Map.of("host", "web01")));
        assertNull(document.get("host.name"));
        assertNull(document.remove("host.name"));
        document.put("host.name", "web01");
        assertEquals(Map.of("host", Map.of("name", "web01")), document.toMap());
    }

    @Test
    void namesTooLongToBeCachedWorkTheSame() {
        String longName = "a.".repeat(FieldPaths.MAX_CACHED_LENGTH) + "leaf";
        EcsDocument document = new EcsDocument();
        document.put(longName, "v");
        assertEquals("v", document.get(longName));
        assertSame(document.object("a"), document.toMap().get("a"));
    }

    @Test
    void appendKeepsOneOfEachValueAndTurnsAScalarIntoAList() {
        EcsDocument document = new EcsDocument().put("related.ip", "10.0.0.1");
        document.append("related.ip", "10.0.0.2").append("related.ip", "10.0.0.1");
        assertEquals(List.of("10.0.0.1", "10.0.0.2"), document.get("related.ip"));
    }

    @Test
    void leavesAreVisitedWithTheirDottedNamesAndListsAreLeaves() {
        EcsDocument document = new EcsDocument().put("a.b.c", 1).put("a.d", List.of(2)).put("e", "x")
                .put("f..g", true);
        Map<String, Object> leaves = new LinkedHashMap<>();
        EcsDocument.forEachLeaf(document.toMap(), leaves::put);
        assertEquals(List.of("a.b.c", "a.d", "e", "f..g"), List.copyOf(leaves.keySet()));
        assertEquals(List.of(1L, List.of(2), "x", true), List.copyOf(leaves.values()));
        Map<String, Object> again = new LinkedHashMap<>();
        EcsDocument.forEachLeaf(document.toMap(), again::put);
        assertEquals(leaves, again);
    }

    @Test
    void splitsOfOneNameAreShared() {
        assertSame(FieldPaths.of("log.syslog.hostname"), FieldPaths.of("log.syslog.hostname"));
        assertEquals(List.of("log", "syslog", "hostname"), List.of(FieldPaths.of("log.syslog.hostname")));
    }

    @Test
    void aTrackingDocumentNamesTheTopLevelFieldsItsChangesTouched() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kept", "x");
        root.put("gone", new LinkedHashMap<>(Map.of("a", 1L)));
        root.put("list", new ArrayList<>(List.of("a")));
        EcsDocument document = EcsDocument.tracking(root);
        document.get("kept");
        document.remove("missing.field");
        document.append("list", "a");
        assertEquals(Set.of(), document.changedRoots());
        document.put("event.kind", "alert").remove("gone.a");
        document.append("list", "b");
        document.object("host");
        assertEquals(Set.of("event", "gone", "list", "host"), document.changedRoots());
        assertEquals(Set.of(), new EcsDocument().put("a", 1).changedRoots());
    }
}
