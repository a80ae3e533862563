package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.cef.CefDataType;
import io.github.ecsbridge.cef.CefTimestamps;
import io.github.ecsbridge.cef.IpAddresses;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code type} column of the field tables: how a value of an event is read before it is written. Values come
 * from a decoded document, so they may already be typed (a {@code Long} for {@code cn1}); text is read as the
 * vendor wrote it.
 */
enum ValueType {
    STRING,
    /** Text with literal {@code \r\n} turned into line breaks and a leading byte-order mark removed. */
    TEXT,
    LONG,
    DOUBLE,
    IP,
    DATE,
    /** Comma-separated values. */
    LIST,
    /** Semicolon-separated values. */
    LIST_SEMICOLON;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Looks up a type by its table spelling ({@code list_semicolon}). */
    static ValueType fromTableName(String name) {
        for (ValueType type : values()) {
            if (type.tableName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown type '" + name + "'");
    }

    /** The spelling used in the tables. */
    String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a custom field whose label no table knows, from the CEF type of its slot. */
    static ValueType ofSlot(CefDataType slotType) {
        if (slotType == null) {
            return STRING;
        }
        switch (slotType) {
            case INTEGER:
            case LONG:
                return LONG;
            case FLOATING_POINT:
            case DOUBLE:
                return DOUBLE;
            case IP_ADDRESS:
            case IPV4_ADDRESS:
            case IPV6_ADDRESS:
                return IP;
            case TIME_STAMP:
                return DATE;
            default:
                return STRING;
        }
    }

    /**
     * Reads a value.
     *
     * @return the value as documents hold it, or {@code null} when nothing is left (an empty list)
     * @throws IllegalArgumentException with a short reason when the value does not fit
     */
    Object read(Object value, CefTimestamps timestamps, ZoneId zone) {
        switch (this) {
            case STRING:
                return text(value);
            case TEXT:
                return multiLine(text(value));
            case LONG:
                return value instanceof Long ? value : parseLong(text(value).trim());
            case DOUBLE:
                if (value instanceof Number) {
                    return ((Number) value).doubleValue();
                }
                return parseDouble(text(value).trim());
            case IP: {
                String address = IpAddresses.normalize(text(value).trim());
                if (address == null) {
                    throw new IllegalArgumentException("not an IP address: '" + value + "'");
                }
                return address;
            }
            case DATE:
                return date(value, timestamps, zone);
            case LIST:
                return split(value, ',');
            case LIST_SEMICOLON:
                return split(value, ';');
            default:
                throw new AssertionError(this);
        }
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            // A repeated structured-data parameter: its first value is the one the vendor documents.
            return list.isEmpty() ? "" : String.valueOf(list.get(0));
        }
        return String.valueOf(value);
    }

    private static String multiLine(String text) {
        String withoutMark = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        return withoutMark.indexOf('\\') < 0 ? withoutMark : withoutMark.replace("\\r\\n", "\n");
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an integer: '" + text + "'");
        }
    }

    private static Double parseDouble(String text) {
        try {
            double number = Double.parseDouble(text);
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + text + "'");
        }
    }

    private static String date(Object value, CefTimestamps timestamps, ZoneId zone) {
        if (value instanceof Long millis) {
            return CefTimestamps.format(Instant.ofEpochMilli(millis));
        }
        return CefTimestamps.format(timestamps.parse(text(value), zone));
    }

    private static List<String> split(Object value, char separator) {
        List<String> parts = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                addParts(String.valueOf(item), separator, parts);
            }
        } else {
            addParts(String.valueOf(value), separator, parts);
        }
        return parts.isEmpty() ? null : parts;
    }

    private static void addParts(String text, char separator, List<String> parts) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(separator, start);
            if (end < 0) {
                end = text.length();
            }
            String part = text.substring(start, end).trim();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            start = end + 1;
        }
    }
}
