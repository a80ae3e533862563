package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.decoder.MessageDecoder;

import java.util.List;
import java.util.Map;

/**
 * Reads back from an emitted event what the fault tests compare: the frame text the input received, the failure tag
 * and the reasons in {@code error.message}, and the sender.
 */
final class EventText {

    private EventText() {
    }

    /** The frame as received, from {@code [@metadata][cefsyslog][original]}, which every event carries. */
    static String original(Map<String, Object> event) {
        return (String) at(event, "@metadata", "cefsyslog", "original");
    }

    /** The text, then {@code [reason; reason]} when the event is tagged {@code _cefparsefailure}. */
    static String describe(Map<String, Object> event) {
        Object tags = event.get("tags");
        if (!(tags instanceof List) || !((List<?>) tags).contains(MessageDecoder.FAILURE_TAG)) {
            return original(event);
        }
        return original(event) + " [" + String.join("; ", errors(event)) + "]";
    }

    /** {@link #describe(Map)} of each event. */
    static List<String> describe(List<Map<String, Object>> events) {
        return events.stream().map(EventText::describe).toList();
    }

    /** {@code error.message} as a list: the input writes a string for one reason and a list for several. */
    static List<String> errors(Map<String, Object> event) {
        Object errors = at(event, "error", "message");
        if (errors == null) {
            return List.of();
        }
        if (errors instanceof List) {
            return ((List<?>) errors).stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(errors));
    }

    /** {@code log.source.address}, {@code ip:port}. */
    static String sender(Map<String, Object> event) {
        return (String) at(event, "log", "source", "address");
    }

    private static Object at(Map<String, Object> event, String... path) {
        Object value = event;
        for (String key : path) {
            if (!(value instanceof Map)) {
                return null;
            }
            value = ((Map<?, ?>) value).get(key);
        }
        return value;
    }
}
