package io.github.ecsbridge.ciscoesa;

import io.github.ecsbridge.ecs.EcsDocument;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one event's fields into an {@link EcsDocument}, converting each text value to the type its field is
 * declared with in {@code fields.tsv}. Empty values are not written, as the integration removes them. A value that
 * does not convert is left out and described in {@link #problems()}; the event itself continues. Only declared
 * fields can be written, which keeps the filter's output inside the integration's mapping.
 */
final class FieldWriter {

    private final Map<String, Object> root;
    private final FieldTypes types;
    private final EsaTime time;
    private final List<String> problems = new ArrayList<>(0);
    private Instant eventTime;
    private boolean removed;

    FieldWriter(EcsDocument document, FieldTypes types, EsaTime time) {
        this.root = document.toMap();
        this.types = types;
        this.time = time;
    }

    /** Writes a text value converted to the field's declared type; a failed conversion is a problem. */
    void put(Field field, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Object value = convertOrNull(field, text);
        if (value == null) {
            problems.add("[" + field.name() + "] cannot read '" + text + "' as "
                    + field.type().name().toLowerCase(Locale.ROOT));
            return;
        }
        set(field, value);
    }

    /** As {@link #put}, but a value that does not convert is dropped silently (the integration's ignore_failure). */
    void putQuietly(Field field, String text) {
        if (text != null && !text.isEmpty()) {
            set(field, convertOrNull(field, text));
        }
    }

    /** Writes a value as it is, for the documented cases where the integration keeps a string in a typed field. */
    void putRaw(String field, Object value) {
        putRaw(types.require(field), value);
    }

    /** As {@link #putRaw(String, Object)}, for a field resolved at load time. */
    void putRaw(Field field, Object value) {
        if (value instanceof String s && s.isEmpty()) {
            return;
        }
        set(field, value);
    }

    /** Appends to a list field unless the list has the value already. */
    @SuppressWarnings("unchecked")
    void append(Field field, Object value) {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            return;
        }
        Object current = get(field);
        if (current instanceof List<?> list) {
            if (!list.contains(value)) {
                ((List<Object>) list).add(value);
            }
            return;
        }
        List<Object> list = new ArrayList<>(2);
        if (current != null) {
            list.add(current);
        }
        if (!list.contains(value)) {
            list.add(value);
        }
        set(field, list);
    }

    Object get(Field field) {
        return EcsDocument.valueAt(root, field.path());
    }

    /** The field's value when it is a string, otherwise {@code null}. */
    String text(Field field) {
        return get(field) instanceof String s ? s : null;
    }

    void remove(Field field) {
        String[] path = field.path();
        Object node = root;
        for (int i = 0; i < path.length - 1 && node instanceof Map<?, ?> map; i++) {
            node = map.get(path[i]);
        }
        if (node instanceof Map<?, ?> map) {
            map.remove(path[path.length - 1]);
            removed = true;
        }
    }

    /** Whether a field was removed, which may have left an empty object behind. */
    boolean removedAny() {
        return removed;
    }

    void problem(String message) {
        problems.add(message);
    }

    List<String> problems() {
        return problems;
    }

    EsaTime time() {
        return time;
    }

    /** The time the line says the event happened, or {@code null} when it says none. */
    Instant eventTime() {
        return eventTime;
    }

    void eventTime(Instant instant) {
        this.eventTime = instant;
    }

    @SuppressWarnings("unchecked")
    private void set(Field field, Object value) {
        if (value == null) {
            return;
        }
        String[] path = field.path();
        Map<String, Object> node = root;
        for (int i = 0; i < path.length - 1; i++) {
            Object child = node.get(path[i]);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(path[i], child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(path[path.length - 1], value);
    }

    /** The value of {@code text} (not empty) in the field's type, or {@code null} when it does not convert. */
    private Object convertOrNull(Field field, String text) {
        try {
            return switch (field.type()) {
                case LONG -> Long.parseLong(text);
                case DOUBLE -> parseDouble(text);
                case BOOLEAN -> parseBoolean(text);
                case IP -> IpAddress.isValid(text) ? text : null;
                case DATE -> EsaTime.format(time.any(text));
                default -> text;
            };
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static Double parseDouble(String text) {
        double value = Double.parseDouble(text);
        return Double.isFinite(value) && !text.endsWith("d") && !text.endsWith("f") ? value : null;
    }

    private static Boolean parseBoolean(String text) {
        return isWord(text, "true") ? Boolean.TRUE : isWord(text, "false") ? Boolean.FALSE : null;
    }

    /**
     * Whether {@code text} is the lower-case ASCII {@code word} in any case, as {@code toLowerCase(ROOT).equals}
     * tells but without a copy; unlike {@code equalsIgnoreCase} it does not take {@code ſ} for {@code s}.
     */
    private static boolean isWord(String text, String word) {
        if (text.length() != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
