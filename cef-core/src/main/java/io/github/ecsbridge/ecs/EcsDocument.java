package io.github.ecsbridge.ecs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A nested document addressed by dotted ECS names ({@code event.severity}), holding only the plain Java types a
 * Logstash event and a JSON document both accept: String, Long, Double, Boolean, List and Map.
 *
 * <p>Not thread-safe: build one per event.
 */
public final class EcsDocument {

    private final Map<String, Object> root;

    public EcsDocument() {
        this(new LinkedHashMap<>());
    }

    /** Wraps {@code root} and writes into it. */
    public EcsDocument(Map<String, Object> root) {
        this.root = root;
    }

    /** Sets a field; a {@code null} value leaves the document unchanged. Integers are widened to Long. */
    public EcsDocument put(String dottedName, Object value) {
        if (value == null) {
            return this;
        }
        int dot = dottedName.lastIndexOf('.');
        Map<String, Object> parent = dot < 0 ? root : object(dottedName.substring(0, dot));
        parent.put(dottedName.substring(dot + 1), normalize(value));
        return this;
    }

    /** Sets a field only when it is not set yet. */
    public EcsDocument putIfAbsent(String dottedName, Object value) {
        if (get(dottedName) == null) {
            put(dottedName, value);
        }
        return this;
    }

    /**
     * Adds a value to a list field unless the list holds it already; a scalar already there becomes the first
     * element. ECS uses this for {@code related.*}, {@code event.category} and {@code event.type}.
     */
    @SuppressWarnings("unchecked")
    public EcsDocument append(String dottedName, Object value) {
        if (value == null) {
            return this;
        }
        Object normalized = normalize(value);
        Object current = get(dottedName);
        List<Object> list;
        if (current instanceof List) {
            list = (List<Object>) current;
        } else {
            list = new ArrayList<>(2);
            if (current != null) {
                list.add(current);
            }
            put(dottedName, list);
        }
        if (!list.contains(normalized)) {
            list.add(normalized);
        }
        return this;
    }

    /** Returns the value at a dotted name, or {@code null} when any part of the path is missing. */
    public Object get(String dottedName) {
        Object node = root;
        int start = 0;
        while (node instanceof Map) {
            int dot = dottedName.indexOf('.', start);
            String key = dot < 0 ? dottedName.substring(start) : dottedName.substring(start, dot);
            node = ((Map<?, ?>) node).get(key);
            if (dot < 0) {
                return node;
            }
            start = dot + 1;
        }
        return null;
    }

    /** Returns the map at a dotted name, creating it (and its parents) when missing. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String dottedName) {
        Map<String, Object> node = root;
        int start = 0;
        while (true) {
            int dot = dottedName.indexOf('.', start);
            String key = dot < 0 ? dottedName.substring(start) : dottedName.substring(start, dot);
            Object child = node.get(key);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(key, child);
            }
            node = (Map<String, Object>) child;
            if (dot < 0) {
                return node;
            }
            start = dot + 1;
        }
    }

    /** Removes the value at a dotted name and returns it. Empty parents are left in place. */
    public Object remove(String dottedName) {
        int dot = dottedName.lastIndexOf('.');
        Object parent = dot < 0 ? root : get(dottedName.substring(0, dot));
        return parent instanceof Map ? ((Map<?, ?>) parent).remove(dottedName.substring(dot + 1)) : null;
    }

    /** The backing map: nested maps, lists and scalars. */
    public Map<String, Object> toMap() {
        return root;
    }

    /** Visits every non-map value with its dotted name; lists are leaves. */
    public static void forEachLeaf(Map<String, Object> document, BiConsumer<String, Object> visitor) {
        visitLeaves("", document, visitor);
    }

    private static void visitLeaves(String prefix, Map<?, ?> node, BiConsumer<String, Object> visitor) {
        for (Map.Entry<?, ?> entry : node.entrySet()) {
            String name = prefix.isEmpty() ? String.valueOf(entry.getKey()) : prefix + '.' + entry.getKey();
            if (entry.getValue() instanceof Map) {
                visitLeaves(name, (Map<?, ?>) entry.getValue(), visitor);
            } else {
                visitor.accept(name, entry.getValue());
            }
        }
    }

    private static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float) {
            return ((Float) value).doubleValue();
        }
        return value;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
