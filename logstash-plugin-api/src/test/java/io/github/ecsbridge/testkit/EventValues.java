package io.github.ecsbridge.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value rules of Logstash events: which Java values an event accepts, how they are normalised on the way
 * in (Logstash's {@code Valuefier}) and copied on the way out ({@code Javafier}).
 *
 * <p>Stored values are only {@code null}, String, Long, Double, BigInteger, BigDecimal, Boolean,
 * {@link Timestamp}, and {@link LinkedHashMap}/{@link ArrayList} of those.
 */
final class EventValues {

    private EventValues() {
    }

    /**
     * Normalises and deep-copies a value: integer types become Long, Float becomes Double, dates become
     * {@link Timestamp}; maps must have String keys.
     *
     * @throws MissingConverterException for any other type (Instant, Character, arrays, custom objects)
     * @throws ClassCastException for a map key that is not a String
     */
    static Object convert(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof BigInteger || value instanceof BigDecimal
                || value instanceof Timestamp) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                converted.put((String) entry.getKey(), convert(entry.getValue()));
            }
            return converted;
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            for (Object item : list) {
                converted.add(convert(item));
            }
            return converted;
        }
        return convertTime(value);
    }

    /** A deep copy of a stored value, so callers cannot change the event through it. */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, item) -> copy.put(key, copy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(copy(item));
            }
            return copy;
        }
        return value;
    }

    private static Timestamp convertTime(Object value) {
        if (value instanceof ZonedDateTime time) {
            return new Timestamp(time.toInstant());
        }
        // LocalDate and LocalDateTime carry no zone; Logstash 8.3 and later read them as UTC.
        if (value instanceof LocalDateTime time) {
            return new Timestamp(time.toInstant(ZoneOffset.UTC));
        }
        if (value instanceof LocalDate date) {
            return new Timestamp(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (value instanceof Date date) {
            return new Timestamp(java.time.Instant.ofEpochMilli(date.getTime()));
        }
        throw new MissingConverterException(value.getClass());
    }
}
