package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.EventFactory;

import java.io.Serializable;
import java.util.Map;

/** The {@link EventFactory} of the test runtime: it creates {@link TestEvent}s. */
public final class TestEventFactory implements EventFactory {

    /** The shared instance; the factory holds no state. */
    public static final TestEventFactory INSTANCE = new TestEventFactory();

    private TestEventFactory() {
    }

    /**
     * Creates an event from an input map; keys must be strings.
     *
     * @throws ClassCastException if a key is not a String
     */
    @Override
    @SuppressWarnings("unchecked")
    public Event newEvent(Map<? extends Serializable, Object> data) {
        return new TestEvent((Map<String, ?>) (Map<?, ?>) data);
    }
}
