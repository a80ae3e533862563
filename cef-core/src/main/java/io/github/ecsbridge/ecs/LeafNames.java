package io.github.ecsbridge.ecs;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dotted names {@link EcsDocument#forEachLeaf} hands out, remembered per parent name and key: a filter that
 * writes every leaf into an event looks each name up in its own tables, and a name built anew for every leaf of
 * every event had to be allocated and hashed each time.
 *
 * <p>Keys come from the input too, so the memory is bounded as in {@link FieldPaths}: names longer than
 * {@value FieldPaths#MAX_CACHED_LENGTH} characters are not kept, nor any once {@value FieldPaths#MAX_CACHED_NAMES}
 * are. Thread-safe.
 */
final class LeafNames {

    private static final ConcurrentHashMap<String, ConcurrentHashMap<String, String>> BY_PARENT =
            new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    private LeafNames() {
    }

    /** {@code parent.key}, or {@code key} under the root (an empty parent). */
    static String join(String parent, String key) {
        if (parent.isEmpty()) {
            return key;
        }
        ConcurrentHashMap<String, String> children = BY_PARENT.get(parent);
        String name = children == null ? null : children.get(key);
        if (name != null) {
            return name;
        }
        name = parent + '.' + key;
        if (name.length() <= FieldPaths.MAX_CACHED_LENGTH && COUNT.get() < FieldPaths.MAX_CACHED_NAMES) {
            String earlier = BY_PARENT.computeIfAbsent(parent, p -> new ConcurrentHashMap<>()).putIfAbsent(key, name);
            if (earlier != null) {
                return earlier;
            }
            COUNT.incrementAndGet();
        }
        return name;
    }
}
