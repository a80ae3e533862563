package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Event;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an event into a plain, JSON-ready document: nested maps holding only String, Long, Double, Boolean,
 * List, Map and {@code null}, with {@code @metadata} left out.
 *
 * <p>Timestamps become ISO-8601 UTC strings ({@code 2026-06-01T00:00:00.000Z}), other integer types Long,
 * Float Double, a BigInteger Long when it fits (Double otherwise) and a BigDecimal Double. Key order is kept.
 */
public final class EventDocuments {

    private EventDocuments() {
    }

    /**
     * The document of an event.
     *
     * @param event the event
     * @return a new map, independent of the event
     * @throws IllegalArgumentException if the event holds a value with no JSON form
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toPlainMap(Event event) {
        return (Map<String, Object>) plain(event.toMap());
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Timestamp || value instanceof Instant) {
            Timestamp timestamp = value instanceof Instant instant ? new Timestamp(instant) : (Timestamp) value;
            return timestamp.toString();
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof BigInteger number) {
            return number.bitLength() < Long.SIZE ? (Object) number.longValue() : (Object) number.doubleValue();
        }
        if (value instanceof BigDecimal number) {
            return number.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> document = new LinkedHashMap<>();
            map.forEach((key, item) -> document.put(String.valueOf(key), plain(item)));
            return document;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(plain(item));
            }
            return items;
        }
        throw new IllegalArgumentException("Event value of type " + value.getClass().getName()
                + " has no JSON form");
    }
}
