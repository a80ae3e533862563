package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Event;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestEventCopyAndMergeTest {

    @Test
    void cancelAndUncancelToggleTheFlag() {
        TestEvent event = new TestEvent();
        assertFalse(event.isCancelled());
        event.cancel();
        assertTrue(event.isCancelled());
        event.uncancel();
        assertFalse(event.isCancelled());
    }

    @Test
    void cloneCopiesDataAndMetadataDeeplyButNotTheCancelledFlag() {
        TestEvent event = new TestEvent(Map.of("a", Map.of("b", "c"), "@metadata", Map.of("m", "n")));
        event.cancel();
        TestEvent copy = event.clone();
        copy.setField("[a][b]", "changed");
        copy.setField("[@metadata][m]", "changed");
        assertEquals("c", event.getField("[a][b]"));
        assertEquals("n", event.getField("[@metadata][m]"));
        assertEquals("n", event.clone().getField("[@metadata][m]"));
        assertEquals(event.getField("@timestamp"), copy.getField("@timestamp"));
        assertFalse(copy.isCancelled());
    }

    @Test
    void toMapIsADeepCopyOfDataWithoutMetadata() {
        TestEvent event = new TestEvent(Map.of("a", List.of("x"), "@metadata", Map.of("m", "n")));
        Map<String, Object> map = event.toMap();
        assertEquals(List.of("x"), map.get("a"));
        assertFalse(map.containsKey("@metadata"));
        assertTrue(map.get("@timestamp") instanceof Timestamp);
        assertNotSame(event.getData().get("a"), map.get("a"));
    }

    @Test
    void overwriteTakesDataTimestampAndCancelledFlagButKeepsMetadata() {
        TestEvent target = new TestEvent(Map.of("old", 1, "@metadata", Map.of("keep", true)));
        TestEvent source = new TestEvent(Map.of("new", 2, "@timestamp", "2026-06-01T00:00:00Z"));
        source.cancel();
        assertSame(target, target.overwrite(source));
        assertFalse(target.includes("old"));
        assertEquals(2L, target.getField("new"));
        assertEquals(Instant.parse("2026-06-01T00:00:00Z"), target.getEventTimestamp());
        assertTrue(target.isCancelled());
        assertEquals(true, target.getField("[@metadata][keep]"));
        target.setField("new", 3);
        assertEquals(2L, source.getField("new"));
    }

    @Test
    void appendMergesMapsAndCollectsDifferingValuesIntoLists() {
        TestEvent target = new TestEvent(Map.of(
                "@timestamp", "2026-06-01T00:00:00Z",
                "same", "x", "scalar", "a", "list", List.of("a", "b"), "map", Map.of("k1", "v1"),
                "scalarThenList", "a"));
        TestEvent source = new TestEvent(Map.of(
                "@timestamp", "2026-06-01T00:00:00Z",
                "same", "x", "scalar", "b", "list", List.of("b", "c"), "map", Map.of("k2", "v2"),
                "scalarThenList", List.of("a", "z"), "added", 1));
        assertSame(target, target.append(source));
        assertEquals("x", target.getField("same"));
        assertEquals(List.of("a", "b"), target.getField("scalar"));
        assertEquals(List.of("a", "b", "c"), target.getField("list"));
        assertEquals(Map.of("k1", "v1", "k2", "v2"), target.getField("map"));
        assertEquals(List.of("a", "z"), target.getField("scalarThenList"));
        assertEquals(1L, target.getField("added"));
        assertEquals(Instant.parse("2026-06-01T00:00:00Z"), target.getEventTimestamp());
    }

    @Test
    void appendingEventsWithDifferentTimestampsLeavesAListAsInLogstash() {
        TestEvent target = new TestEvent(Map.of("@timestamp", "2026-06-01T00:00:00Z"));
        TestEvent source = new TestEvent(Map.of("@timestamp", "2026-06-02T00:00:00Z"));
        target.append(source);
        assertEquals(List.of(new Timestamp(Instant.parse("2026-06-01T00:00:00Z")),
                new Timestamp(Instant.parse("2026-06-02T00:00:00Z"))), target.getField("@timestamp"));
    }

    @Test
    void overwriteAndAppendReturnAForeignEventUnchanged() {
        Event foreign = (Event) Proxy.newProxyInstance(Event.class.getClassLoader(), new Class<?>[] {Event.class},
                (proxy, method, args) -> {
                    throw new AssertionError("the foreign event must not be touched");
                });
        TestEvent event = new TestEvent(Map.of("a", 1));
        assertSame(foreign, event.overwrite(foreign));
        assertSame(foreign, event.append(foreign));
        assertEquals(1L, event.getField("a"));
    }

    @Test
    void toStringShowsTimestampHostAndMessage() {
        assertEquals("2026-06-01T00:00:00.000Z gw hello", new TestEvent(Map.of("@timestamp",
                "2026-06-01T00:00:00Z", "host", "gw", "message", "hello")).toString());
        TestEvent bare = new TestEvent(Map.of("@timestamp", "2026-06-01T00:00:00Z"));
        assertEquals("2026-06-01T00:00:00.000Z %{host} %{message}", bare.toString());
        bare.remove("@timestamp");
        assertEquals("%{host} %{message}", bare.toString());
    }
}
