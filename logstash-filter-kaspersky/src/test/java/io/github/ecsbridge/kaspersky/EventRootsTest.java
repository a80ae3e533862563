package io.github.ecsbridge.kaspersky;

import co.elastic.logstash.api.Event;
import io.github.ecsbridge.ecs.EcsDocument;
import io.github.ecsbridge.testkit.TestEvent;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fields are read from the event when first asked for, and the document behaves as if all were read at once. */
class EventRootsTest {

    private static final EventRoots.Fields FIELDS = new EventRoots.Fields(Set.of("cef", "event", "log", "source"));

    @Test
    void aFieldIsReadOnFirstUseAndOnlyTheFieldsNamedAreSeen() {
        Event event = new TestEvent(Map.of("cef", Map.of("name", "x"), "log", Map.of("level", "info"),
                "host", Map.of("name", "h")));
        EventRoots roots = FIELDS.of(event);
        EcsDocument document = EcsDocument.tracking(roots);
        assertEquals("x", document.get("cef.name"));
        assertNull(document.get("host.name"));
        assertNull(document.get("source.ip"));
        assertTrue(roots.containsKey("log"));
        assertFalse(roots.containsKey("source"));
        assertEquals(Set.of("cef", "log"), roots.keySet());
    }

    @Test
    void changesStayInTheDocumentUntilWrittenBack() {
        Event event = new TestEvent(Map.of("event", Map.of("code", "A"), "source", Map.of("ip", "10.0.0.1")));
        EventRoots roots = FIELDS.of(event);
        EcsDocument document = EcsDocument.tracking(roots);
        document.put("event.kind", "event");
        Documents.removeAndPrune(document, "source.ip");
        document.put("ecs.version", "8");
        assertEquals("10.0.0.1", event.getField("[source][ip]"));
        EventFields.writeRoots(event, roots, document.changedRoots(), FIELDS);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("code", "A");
        expected.put("kind", "event");
        assertEquals(expected, event.getField("[event]"));
        assertNull(event.getField("[source]"));
        assertEquals(Map.of("version", "8"), event.getField("[ecs]"));
        assertEquals(List.of("event", "source", "ecs"), List.copyOf(document.changedRoots()));
    }
}
