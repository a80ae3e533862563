package io.github.ecsbridge.kaspersky;

import co.elastic.logstash.api.Event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves documents between Logstash events and plain maps through the public event API only, because the event a
 * plugin receives is Logstash's own class, not ours: fields are read with {@code getField} and written with as few
 * {@code setField} calls as merging with what the event holds allows.
 */
final class EventFields {

    private static final String TIMESTAMP = "@timestamp";
    private static final String TAGS = "tags";
    private static final String ERROR_MESSAGE = "[error][message]";

    private EventFields() {
    }

    /**
     * Brings the named top-level fields of an event up to the document: each is set whole in one call (Logstash
     * converts a map value deeply) or removed when the document no longer has it.
     */
    static void writeRoots(Event event, Map<String, Object> document, Set<String> roots,
            EventRoots.Fields fields) {
        for (String root : roots) {
            Object value = document.get(root);
            if (value == null && !document.containsKey(root)) {
                event.remove(fields.reference(root));
            } else {
                event.setField(fields.reference(root), value);
            }
        }
    }

    /** Writes a whole decoded document into an event: time stamp, tags, errors added to existing ones, fields. */
    static void writeDocument(Event event, Map<String, Object> document) {
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            if (name.equals(TIMESTAMP)) {
                event.setEventTimestamp(Instant.parse(value.toString()));
            } else if (name.equals(TAGS)) {
                for (Object tag : value instanceof List<?> list ? list : List.of(value)) {
                    event.tag(tag.toString());
                }
            } else if (name.equals("error") && value instanceof Map<?, ?> error) {
                error.forEach((key, item) -> {
                    if (key.equals("message")) {
                        appendError(event, item);
                    } else {
                        write(event, "[error][" + key + "]", item);
                    }
                });
            } else {
                write(event, reference(name), value);
            }
        }
    }

    /** Adds messages to {@code error.message}, keeping those already there. */
    static void appendError(Event event, Object messages) {
        List<Object> all = new ArrayList<>();
        Object current = event.getField(ERROR_MESSAGE);
        addAll(all, current);
        addAll(all, messages);
        event.setField(ERROR_MESSAGE, all.size() == 1 ? all.get(0) : all);
    }

    private static void addAll(List<Object> all, Object messages) {
        if (messages instanceof List<?> list) {
            for (Object message : list) {
                if (!all.contains(message)) {
                    all.add(message);
                }
            }
        } else if (messages != null && !all.contains(messages)) {
            all.add(messages);
        }
    }

    /**
     * Writes a value, merging a map into one the event holds at {@code reference} so that fields already there stay;
     * anything else is set whole in one call. A map with a key no field reference can name ({@code a[0]}, which CEF
     * allows) is set whole too.
     */
    private static void write(Event event, String reference, Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty() && referenceable(map) && event.includes(reference)) {
            map.forEach((key, item) -> write(event, reference + "[" + key + "]", item));
        } else {
            event.setField(reference, value);
        }
    }

    private static boolean referenceable(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            String name = key.toString();
            if (name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The field reference of a dotted name: {@code a.b} is {@code [a][b]}. */
    static String reference(String dotted) {
        return "[" + dotted.replace(".", "][") + "]";
    }
}
