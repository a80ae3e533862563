package io.github.ecsbridge.kaspersky;

import co.elastic.logstash.api.Event;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Top-level fields of an event as the root of a document, each read with {@code getField} when the mapper first
 * asks for it: Logstash copies every field it hands out, and an event rarely needs all the fields a mapper may touch
 * ({@code log} and {@code message} of a CEF event, everything but the header of another vendor's). Reads and writes
 * only this map until the caller writes fields back; not thread-safe, one per event.
 */
final class EventRoots extends AbstractMap<String, Object> {

    /** The fields an event may hand over, with their field references, worked out once. Thread-safe. */
    static final class Fields {

        /** Bound on the fields written but never read that are remembered: tables name a handful ({@code ecs}). */
        private static final int MAX_WRITTEN_ONLY = 64;

        private final Map<String, Integer> places;
        private final String[] references;
        private final Map<String, String> writtenOnly = new ConcurrentHashMap<>();

        Fields(Set<String> roots) {
            Map<String, Integer> places = new HashMap<>();
            this.references = new String[roots.size()];
            for (String root : roots) {
                references[places.size()] = EventFields.reference(root);
                places.put(root, places.size());
            }
            this.places = places;
        }

        /** The fields of an event, none read yet. */
        EventRoots of(Event event) {
            return new EventRoots(event, this);
        }

        /** The field reference of a top-level field. */
        String reference(String root) {
            Integer place = places.get(root);
            if (place != null) {
                return references[place];
            }
            String reference = writtenOnly.get(root);
            if (reference == null) {
                reference = EventFields.reference(root);
                if (writtenOnly.size() < MAX_WRITTEN_ONLY) {
                    writtenOnly.putIfAbsent(root, reference);
                }
            }
            return reference;
        }
    }

    private final Event event;
    private final Fields fields;
    private final boolean[] read;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private EventRoots(Event event, Fields fields) {
        this.event = event;
        this.fields = fields;
        this.read = new boolean[fields.references.length];
    }

    @Override
    public Object get(Object key) {
        // Most lookups are of fields read already: the document asks for a field's root at every step.
        Object value = values.get(key);
        if (value != null) {
            return value;
        }
        read(key);
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        if (values.containsKey(key)) {
            return true;
        }
        read(key);
        return values.containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        read(key);
        return values.put(key, value);
    }

    @Override
    public Object remove(Object key) {
        read(key);
        return values.remove(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        fields.places.keySet().forEach(this::read);
        return values.entrySet();
    }

    private void read(Object key) {
        Integer place = fields.places.get(key);
        if (place == null || read[place]) {
            return;
        }
        read[place] = true;
        Object value = event.getField(fields.references[place]);
        if (value != null) {
            values.put((String) key, value);
        }
    }
}
