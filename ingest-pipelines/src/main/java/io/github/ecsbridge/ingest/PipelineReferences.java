package io.github.ecsbridge.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the references {@code {{ IngestPipeline "<base>/<name>" }}} in a pipeline body with the ids they name,
 * the way Fleet resolves them in integration packages, so that the files never spell out a version.
 */
final class PipelineReferences {

    static final String MARKER = "{{ IngestPipeline";
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{ IngestPipeline \"([^\"]+)\" }}");

    private PipelineReferences() {
    }

    /**
     * A copy of {@code body} with every reference resolved by {@code idOf}, which returns {@code null} for an
     * unknown name. A string holding a malformed or unknown reference fails with a message naming it.
     */
    static Map<String, Object> resolve(Map<String, Object> body, Function<String, String> idOf, String resource) {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) resolveNode(body, idOf, resource);
        return copy;
    }

    private static Object resolveNode(Object node, Function<String, String> idOf, String resource) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), resolveNode(value, idOf, resource)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(value -> copy.add(resolveNode(value, idOf, resource)));
            return copy;
        }
        if (node instanceof String text && text.contains(MARKER)) {
            Matcher matcher = REFERENCE.matcher(text);
            if (!matcher.matches()) {
                throw new IllegalStateException("[pipelines] " + resource + ": malformed pipeline reference [" + text
                        + "], expected {{ IngestPipeline \"<base>/<name>\" }}");
            }
            String id = idOf.apply(matcher.group(1));
            if (id == null) {
                throw new IllegalStateException("[pipelines] " + resource + " refers to [" + matcher.group(1)
                        + "], which is not listed before it in assets.yml");
            }
            return id;
        }
        return node;
    }
}
