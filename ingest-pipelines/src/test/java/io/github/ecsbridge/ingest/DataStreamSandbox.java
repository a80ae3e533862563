package io.github.ecsbridge.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Indexes documents into data streams that have exactly the mapping the installed templates give a real data
 * stream, without creating that real data stream: a data stream locks the templates it was created from, and the
 * 8.19 test distribution cannot delete data streams, so creating {@code logs-cisco_secure_email_gateway.log-default}
 * would keep later tests from reinstalling the templates. Each call gets its own index template
 * {@code ecs-bridge-sandbox-<n>} holding the mapping that {@code _index_template/_simulate_index} resolves for the
 * real name, and a data stream of the same name.
 */
final class DataStreamSandbox {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final ElasticsearchConnection es;

    DataStreamSandbox(ElasticsearchConnection es) {
        this.es = es;
    }

    /** The settings and mappings the installed templates resolve for a new data stream of this name. */
    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(String dataStream) {
        Map<String, Object> answer = es.post("/_index_template/_simulate_index/" + dataStream, null);
        return (Map<String, Object>) answer.get("template");
    }

    /**
     * Indexes {@code document} (with {@code pipeline=_none}) into a fresh data stream mapped like
     * {@code dataStream} and returns that data stream's mapping afterwards; a rejected document fails the test.
     */
    Map<?, ?> indexLike(String dataStream, Map<String, Object> document) {
        return indexLike(dataStream, List.of(document));
    }

    /** As {@link #indexLike(String, Map)} for several documents in one data stream. */
    Map<?, ?> indexLike(String dataStream, List<Map<String, Object>> documents) {
        Map<String, Object> resolved = resolve(dataStream);
        Map<String, Object> mappings = new LinkedHashMap<>();
        ((Map<?, ?>) resolved.get("mappings")).forEach((key, value) -> {
            // Meta fields such as _data_stream_timestamp come from data_stream itself, not from a template.
            if (!String.valueOf(key).startsWith("_")) {
                mappings.put(String.valueOf(key), value);
            }
        });
        String name = "ecs-bridge-sandbox-" + NEXT.incrementAndGet();
        es.put("/_index_template/" + name, Map.of("index_patterns", List.of(name), "priority", 500,
                "data_stream", Map.of(), "template", Map.of("mappings", mappings)));
        for (int i = 0; i < documents.size(); i++) {
            Map<String, Object> answer = es.post("/" + name + "/_doc?pipeline=_none", documents.get(i));
            if (!"created".equals(answer.get("result"))) {
                throw new AssertionError("document " + i + " not created in " + name + ": " + answer);
            }
        }
        es.post("/" + name + "/_refresh", null);
        Map<String, Object> mapping = es.get("/" + name + "/_mapping").orElseThrow();
        return (Map<?, ?>) ((Map<?, ?>) mapping.values().iterator().next()).get("mappings");
    }
}
