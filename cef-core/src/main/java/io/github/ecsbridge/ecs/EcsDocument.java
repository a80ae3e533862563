package io.github.ecsbridge.ecs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A nested document addressed by dotted ECS names ({@code event.severity}), holding only the plain Java types a
 * Logstash event and a JSON document both accept: String, Long, Double, Boolean, List and Map.
 *
 * <p>Not thread-safe: build one per event.
 */
public final class EcsDocument {

    private static final int NESTED_CAPACITY = 8;

    private final Map<String, Object> root;
    /** Top-level names changes went to, or {@code null} when not tracked. */
    private final Set<String> changedRoots;

    public EcsDocument() {
        this(new LinkedHashMap<>());
    }

    /** Wraps {@code root} and writes into it. */
    public EcsDocument(Map<String, Object> root) {
        this(root, null);
    }

    private EcsDocument(Map<String, Object> root, Set<String> changedRoots) {
        this.root = root;
        this.changedRoots = changedRoots;
    }

    /**
     * Wraps {@code root} and records which top-level fields the changes made through this document touch, so that a
     * copy of the document held elsewhere (a Logstash event) can be brought up to date with those fields only.
     * Changes made to maps or lists taken out with {@link #get} or {@link #object} are not seen: {@link #object}
     * counts its field as changed.
     */
    public static EcsDocument tracking(Map<String, Object> root) {
        return new EcsDocument(root, new LinkedHashSet<>());
    }

    /**
     * The top-level fields changed so far (set, appended to, removed or handed out by {@link #object}); some may hold
     * what they held before. Empty for a document made without {@link #tracking}.
     */
    public Set<String> changedRoots() {
        return changedRoots == null ? Set.of() : Collections.unmodifiableSet(changedRoots);
    }

    /** Sets a field; a {@code null} value leaves the document unchanged. Integers are widened to Long. */
    public EcsDocument put(String dottedName, Object value) {
        if (value == null) {
            return this;
        }
        String[] path = FieldPaths.of(dottedName);
        parentOf(path).put(path[path.length - 1], normalize(value));
        changed(path);
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
            changed(FieldPaths.of(dottedName));
        }
        return this;
    }

    /** Returns the value at a dotted name, or {@code null} when any part of the path is missing. */
    public Object get(String dottedName) {
        String[] path = FieldPaths.of(dottedName);
        return get(path, path.length);
    }

    /** The value at the first {@code length} parts of {@code path}, or {@code null} when any part is missing. */
    private Object get(String[] path, int length) {
        return valueAt(root, path, length);
    }

    /**
     * The value at a dotted name split at its dots ({@code [event, kind]}) in nested maps, or {@code null} when any
     * part is missing: what {@link #get} returns, for callers that split their names once.
     */
    public static Object valueAt(Map<?, ?> root, String[] path) {
        return valueAt(root, path, path.length);
    }

    private static Object valueAt(Map<?, ?> root, String[] path, int length) {
        Object node = root;
        for (int i = 0; i < length; i++) {
            if (!(node instanceof Map)) {
                return null;
            }
            node = ((Map<?, ?>) node).get(path[i]);
        }
        return node;
    }

    /** Returns the map at a dotted name, creating it (and its parents) when missing. */
    public Map<String, Object> object(String dottedName) {
        String[] path = FieldPaths.of(dottedName);
        changed(path);
        return objectAt(path, path.length);
    }

    /** Removes the value at a dotted name and returns it. Empty parents are left in place. */
    public Object remove(String dottedName) {
        String[] path = FieldPaths.of(dottedName);
        Object parent = get(path, path.length - 1);
        if (!(parent instanceof Map<?, ?> map) || !map.containsKey(path[path.length - 1])) {
            return null;
        }
        changed(path);
        return map.remove(path[path.length - 1]);
    }

    private void changed(String[] path) {
        if (changedRoots != null) {
            changedRoots.add(path[0]);
        }
    }

    /** The map that holds the last part of {@code path}, created (with its parents) when missing. */
    private Map<String, Object> parentOf(String[] path) {
        return path.length == 1 ? root : objectAt(path, path.length - 1);
    }

    /** The map at the first {@code length} parts of {@code path}; a part that holds no map is replaced by one. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> objectAt(String[] path, int length) {
        Map<String, Object> node = root;
        for (int i = 0; i < length; i++) {
            Object child = node.get(path[i]);
            if (!(child instanceof Map)) {
                // Most ECS objects hold a handful of fields: a table of 8 is half the default and rarely grows.
                child = new LinkedHashMap<String, Object>(NESTED_CAPACITY);
                node.put(path[i], child);
            }
            node = (Map<String, Object>) child;
        }
        return node;
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
            String name = LeafNames.join(prefix, String.valueOf(entry.getKey()));
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
