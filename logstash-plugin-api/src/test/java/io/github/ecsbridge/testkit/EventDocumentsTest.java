package io.github.ecsbridge.testkit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventDocumentsTest {

    @Test
    void documentHoldsPlainJsonValuesAndLeavesOutMetadata() {
        TestEvent event = new TestEvent(Map.of(
                "@timestamp", "2026-06-01T00:00:00Z",
                "@metadata", Map.of("index", "x"),
                "event", Map.of("created", ZonedDateTime.parse("2026-06-01T01:02:03.456Z"), "count", 3),
                "list", List.of(1.5f, true, "s")));
        Map<String, Object> expected = new HashMap<>();
        expected.put("@timestamp", "2026-06-01T00:00:00.000Z");
        expected.put("@version", "1");
        expected.put("event", Map.of("created", "2026-06-01T01:02:03.456Z", "count", 3L));
        expected.put("list", List.of(1.5, true, "s"));
        assertEquals(expected, EventDocuments.toPlainMap(event));
    }

    @Test
    void bigNumbersBecomeLongWhenTheyFitOtherwiseDouble() {
        TestEvent event = new TestEvent(Map.of("@timestamp", "2026-06-01T00:00:00Z"));
        event.setField("small", BigInteger.valueOf(Long.MAX_VALUE));
        event.setField("huge", new BigInteger("18446744073709551616"));
        event.setField("decimal", new BigDecimal("1.25"));
        Map<String, Object> document = EventDocuments.toPlainMap(event);
        assertEquals(Long.MAX_VALUE, document.get("small"));
        assertEquals(1.8446744073709552E19, document.get("huge"));
        assertEquals(1.25, document.get("decimal"));
    }

    @Test
    void documentIsIndependentOfTheEvent() {
        TestEvent event = new TestEvent(Map.of("a", Map.of("b", "c")));
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) EventDocuments.toPlainMap(event).get("a");
        inner.put("b", "changed");
        assertEquals("c", event.getField("[a][b]"));
    }

    @Test
    void nullValuesAreKept() {
        TestEvent event = new TestEvent();
        event.setField("empty", null);
        Map<String, Object> document = EventDocuments.toPlainMap(event);
        assertEquals(true, document.containsKey("empty"));
        assertEquals(null, document.get("empty"));
    }
}
