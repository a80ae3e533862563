package io.github.ecsbridge.ciscoesa;

import co.elastic.logstash.api.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a parsed document into a Logstash event in as few calls as its merge rules allow: an object the event does
 * not hold yet goes in whole, since {@code setField} converts a map value deeply in one call; one it holds already is
 * merged into key by key, so that what an input put there ({@code event.original}, {@code log.file.path}) stays.
 */
final class EventWriter {

    private static final String TIMESTAMP = "@timestamp";
    private static final String TAGS = "tags";
    private static final String ERROR = "error";
    private static final String MESSAGE = "message";
    private static final String ERROR_MESSAGE = "[error][message]";

    private EventWriter() {
    }

    /**
     * Writes every field but {@code @timestamp} (the caller sets the event time); {@code tags} are added to the
     * event's tags and {@code error.message} to its messages. The document must hold no empty object, as the
     * parser's documents do not: {@link FieldWriter} creates an object only for a value, and the parser prunes those
     * that removals empty.
     */
    static void write(Event event, Map<String, Object> document) {
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            switch (name) {
                case TIMESTAMP -> { }
                case TAGS -> {
                    for (Object tag : value instanceof List<?> list ? list : List.of(value)) {
                        event.tag(tag.toString());
                    }
                }
                case ERROR -> writeError(event, value);
                // A top-level name is a field reference as it is: fields.tsv names hold no brackets.
                default -> merge(event, name, value);
            }
        }
    }

    /** Adds to {@code error.message} without losing what an input or an earlier filter put there. */
    static void addError(Event event, String message) {
        Object existing = event.getField(ERROR_MESSAGE);
        if (existing == null) {
            event.setField(ERROR_MESSAGE, message);
            return;
        }
        List<Object> messages = new ArrayList<>();
        if (existing instanceof List<?> list) {
            messages.addAll(list);
        } else {
            messages.add(existing);
        }
        messages.add(message);
        event.setField(ERROR_MESSAGE, messages);
    }

    private static void writeError(Event event, Object error) {
        if (!(error instanceof Map<?, ?> fields)) {
            merge(event, ERROR, error);
            return;
        }
        fields.forEach((key, value) -> {
            if (key.equals(MESSAGE)) {
                addError(event, value.toString());
            } else {
                merge(event, "[" + ERROR + "][" + key + "]", value);
            }
        });
    }

    /** Sets {@code value} at {@code reference}, merging a map into one the event holds there. */
    private static void merge(Event event, String reference, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            event.setField(reference, value);
        } else if (!event.includes(reference)) {
            event.setField(reference, map);
        } else {
            String parent = reference.charAt(0) == '[' ? reference : "[" + reference + "]";
            map.forEach((key, item) -> merge(event, parent + "[" + key + "]", item));
        }
    }
}
