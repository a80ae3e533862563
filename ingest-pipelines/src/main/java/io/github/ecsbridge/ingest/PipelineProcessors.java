package io.github.ecsbridge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every processor of a pipeline body, wherever it sits: the {@code processors} and {@code on_failure} lists of the
 * pipeline, the {@code on_failure} list of each processor, and the processor inside a {@code foreach}.
 */
final class PipelineProcessors {

    /** One processor: its type, its options, and where it sits, such as {@code processors[2].on_failure[0]}. */
    record Processor(String type, Map<String, Object> config, String location) {
    }

    private PipelineProcessors() {
    }

    /** All processors of {@code body}, in document order. */
    static List<Processor> of(Map<String, Object> body) {
        List<Processor> processors = new ArrayList<>();
        list(body.get("processors"), "processors", processors);
        list(body.get("on_failure"), "on_failure", processors);
        return processors;
    }

    /** The processor types {@code body} needs. */
    static Set<String> types(Map<String, Object> body) {
        Set<String> types = new TreeSet<>();
        of(body).forEach(processor -> types.add(processor.type()));
        return types;
    }

    private static void list(Object node, String location, List<Processor> into) {
        if (node == null) {
            return;
        }
        if (!(node instanceof List<?> entries)) {
            throw new IllegalStateException("[pipelines] " + location + " is not a list");
        }
        for (int i = 0; i < entries.size(); i++) {
            one(entries.get(i), location + "[" + i + "]", into);
        }
    }

    @SuppressWarnings("unchecked")
    private static void one(Object node, String location, List<Processor> into) {
        if (!(node instanceof Map<?, ?> wrapper) || wrapper.size() != 1) {
            throw new IllegalStateException("[pipelines] " + location + " must be an object with one processor type");
        }
        Map.Entry<?, ?> entry = wrapper.entrySet().iterator().next();
        String type = String.valueOf(entry.getKey());
        if (!(entry.getValue() instanceof Map<?, ?> config)) {
            throw new IllegalStateException("[pipelines] " + location + " " + type + " has no options object");
        }
        into.add(new Processor(type, (Map<String, Object>) config, location));
        list(config.get("on_failure"), location + ".on_failure", into);
        if ("foreach".equals(type) && config.get("processor") != null) {
            one(config.get("processor"), location + ".processor", into);
        }
    }
}
