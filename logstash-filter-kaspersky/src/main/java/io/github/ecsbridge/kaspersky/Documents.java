package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.ecs.EcsDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Document edits the mapper needs beyond {@link EcsDocument}. */
final class Documents {

    private Documents() {
    }

    /**
     * Removes a dotted field and then every parent left empty, so that replacing a generic field does not leave
     * {@code "destination": {}} behind.
     */
    static void removeAndPrune(EcsDocument document, String dotted) {
        if (document.remove(dotted) == null) {
            return;
        }
        String field = dotted;
        for (int dot = field.lastIndexOf('.'); dot > 0; dot = field.lastIndexOf('.')) {
            field = field.substring(0, dot);
            Object parent = document.get(field);
            if (!(parent instanceof Map<?, ?> map) || !map.isEmpty()) {
                return;
            }
            document.remove(field);
        }
    }

    /** Removes a value from a list field; the field goes when the list is left empty. */
    static void removeFromList(EcsDocument document, String dotted, Object value) {
        Object current = document.get(dotted);
        if (value == null || current == null) {
            return;
        }
        if (current instanceof List<?> list) {
            if (!list.contains(value)) {
                return;
            }
            // A new list, put through the document, so that a tracking document sees the change.
            List<Object> rest = new ArrayList<>(list);
            rest.remove(value);
            if (!rest.isEmpty()) {
                document.put(dotted, rest);
                return;
            }
        } else if (!current.equals(value)) {
            return;
        }
        removeAndPrune(document, dotted);
    }
}
