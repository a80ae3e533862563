package co.elastic.logstash.api;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;

/** Creates events of the runtime's own event class; plugins must create new events only through it. */
@FunctionalInterface
public interface EventFactory {

    /**
     * Creates an empty event.
     *
     * @return the new event
     */
    default Event newEvent() {
        return newEvent(Collections.emptyMap());
    }

    /**
     * Creates an event from top-level field names and values.
     *
     * @param data the fields; keys are field names, not references
     * @return the new event
     */
    Event newEvent(Map<? extends Serializable, Object> data);
}
