package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Event;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestEventFactoryTest {

    @Test
    void newEventWithoutDataHasOnlyTimestampAndVersion() {
        Event event = TestEventFactory.INSTANCE.newEvent();
        assertInstanceOf(TestEvent.class, event);
        assertEquals(2, event.getData().size());
        assertTrue(event.includes("@timestamp"));
        assertEquals("1", event.getField("@version"));
    }

    @Test
    void newEventFollowsInputMapRules() {
        Event event = TestEventFactory.INSTANCE.newEvent(Map.of("message", "hi", "@metadata", Map.of("k", "v")));
        assertEquals("hi", event.getField("message"));
        assertEquals("v", event.getField("[@metadata][k]"));
    }

    @Test
    void nonStringKeysAreRejected() {
        Map<? extends Serializable, Object> data = Map.of(1, "one");
        assertThrows(ClassCastException.class, () -> TestEventFactory.INSTANCE.newEvent(data));
    }
}
