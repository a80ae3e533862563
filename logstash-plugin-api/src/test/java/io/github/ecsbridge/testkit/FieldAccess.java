package io.github.ecsbridge.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, writes and removes values along a field reference path inside one event map, with Logstash's rules:
 * list indexes may be negative, reading through a scalar gives {@code null}, writing creates missing maps and
 * pads a list with {@code null}s up to the index written.
 */
final class FieldAccess {

    private FieldAccess() {
    }

    static Object get(Map<String, Object> root, FieldReference field) {
        Object parent = findParent(root, field);
        return parent == null ? null : fetch(parent, field.key());
    }

    static void set(Map<String, Object> root, FieldReference field, Object value) {
        setChild(findOrCreateParent(root, field), field.key(), value);
    }

    static Object remove(Map<String, Object> root, FieldReference field) {
        Object parent = findParent(root, field);
        if (parent instanceof Map<?, ?> map) {
            return map.remove(field.key());
        }
        if (parent instanceof List<?> list) {
            Integer index = listIndex(field.key(), list.size());
            return index == null ? null : list.remove((int) index);
        }
        return null;
    }

    static boolean includes(Map<String, Object> root, FieldReference field) {
        Object parent = findParent(root, field);
        if (parent instanceof Map<?, ?> map) {
            return map.containsKey(field.key());
        }
        return parent instanceof List<?> && fetch(parent, field.key()) != null;
    }

    private static Object findParent(Map<String, Object> root, FieldReference field) {
        Object target = root;
        for (String key : field.path()) {
            target = fetch(target, key);
            if (!(target instanceof Map || target instanceof List)) {
                return null;
            }
        }
        return target;
    }

    private static Object findOrCreateParent(Map<String, Object> root, FieldReference field) {
        Object target = root;
        for (String key : field.path()) {
            Object child = fetch(target, key);
            if (child == null) {
                child = new LinkedHashMap<String, Object>();
                setChild(target, key, child);
            }
            target = child;
        }
        return target;
    }

    private static Object fetch(Object target, String key) {
        if (target instanceof Map<?, ?> map) {
            return map.get(key);
        }
        if (target instanceof List<?> list) {
            Integer index = listIndex(key, list.size());
            return index == null ? null : list.get(index);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void setChild(Object target, String key, Object value) {
        if (target instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(key, value);
        } else if (target instanceof List<?> list) {
            setOnList((List<Object>) list, key, value);
        } else {
            throw new InvalidFieldSetException(target, key, value);
        }
    }

    // A key that is not a number is ignored on a list, as in Logstash.
    private static void setOnList(List<Object> list, String key, Object value) {
        int index;
        try {
            index = Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return;
        }
        if (index >= list.size()) {
            while (list.size() < index) {
                list.add(null);
            }
            list.add(value);
        } else {
            list.set(index < 0 ? list.size() + index : index, value);
        }
    }

    /** The position a possibly negative index addresses, or {@code null} if it is not a number or out of range. */
    private static Integer listIndex(String key, int size) {
        int index;
        try {
            index = Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return null;
        }
        int position = index < 0 ? size + index : index;
        return position >= 0 && position < size ? position : null;
    }
}
