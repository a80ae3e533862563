package io.github.ecsbridge.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merges one event's data into another's, as {@code Event.append} does in Logstash: absent keys are copied,
 * maps merge recursively, and differing values turn into a list of distinct values (which is why appending
 * two events with different timestamps leaves a list in {@code @timestamp}, in Logstash too).
 */
final class EventDataMerge {

    private EventDataMerge() {
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> source) {
        for (Map.Entry<String, Object> entry : source.entrySet()) {
            String key = entry.getKey();
            Object added = entry.getValue();
            Object existing = target.get(key);
            if (existing == null) {
                target.put(key, added);
            } else if (existing instanceof Map && added instanceof Map) {
                merge((Map<String, Object>) existing, (Map<String, Object>) added);
            } else if (added instanceof List<?> addedList) {
                target.put(key, mergeIntoList(existing, addedList));
            } else if (existing instanceof List<?> existingList) {
                if (!existingList.contains(added)) {
                    ((List<Object>) existingList).add(added);
                }
            } else if (!existing.equals(added)) {
                List<Object> both = new ArrayList<>(2);
                both.add(existing);
                both.add(added);
                target.put(key, both);
            }
        }
    }

    private static List<Object> mergeIntoList(Object existing, List<?> added) {
        if (existing instanceof List<?> existingList) {
            LinkedHashSet<Object> union = new LinkedHashSet<>(existingList);
            union.addAll(added);
            return new ArrayList<>(union);
        }
        List<Object> merged = new ArrayList<>(added.size() + 1);
        merged.add(existing);
        for (Object item : added) {
            if (!existing.equals(item)) {
                merged.add(item);
            }
        }
        return merged;
    }
}
