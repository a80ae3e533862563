package io.github.ecsbridge.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON reading and writing of documents in the value types events use: Long for integers, Double for decimals. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Json() {
    }

    /** Parses one JSON object; integers become Long and decimals Double at every depth. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String json) {
        try {
            return (Map<String, Object>) normalize(MAPPER.readValue(json, Map.class));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
    }

    /** One line of JSON with keys sorted at every depth, so expected files diff well. */
    public static String toLine(Map<String, Object> document) {
        try {
            return MAPPER.writeValueAsString(sorted(document));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("document cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Indented JSON with sorted keys, for reports. */
    public static String toPrettyString(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Converts integer types to Long and decimal types to Double, deeply, as Logstash events store them. */
    public static Object normalize(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), normalize(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(normalize(v)));
            return copy;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        return value;
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), sorted(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(sorted(v)));
            return copy;
        }
        return value;
    }
}
