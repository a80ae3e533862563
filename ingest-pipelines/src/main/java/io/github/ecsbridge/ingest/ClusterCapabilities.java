package io.github.ecsbridge.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a cluster offers the assets: its oldest node's release, the ingest processors every node has, whether it
 * has data streams, and which mapper types it lacks. Found with read-only requests: {@code GET _nodes/ingest} and
 * {@code POST _index_template/_simulate}, which validates a template without storing anything.
 */
public record ClusterCapabilities(ElasticsearchVersion version, int nodes, Set<String> processors,
                                  boolean dataStreams, Set<String> missingMapperTypes) {

    static final String PROBE_PATTERN = "ecs-bridge-probe-*";

    public ClusterCapabilities {
        // Sorted, so that messages list them in a stable order.
        processors = Collections.unmodifiableSortedSet(new TreeSet<>(processors));
        missingMapperTypes = Collections.unmodifiableSortedSet(new TreeSet<>(missingMapperTypes));
    }

    /** Asks the cluster; {@code mapperTypes} are the types to check, {@code templates} whether to check at all. */
    static ClusterCapabilities probe(ElasticsearchConnection es, Set<String> mapperTypes, boolean templates) {
        Map<String, Object> nodesInfo = es.get("/_nodes/ingest")
                .orElseThrow(() -> new InstallException("[es] " + es.url() + " has no _nodes API; is it Elasticsearch?"));
        NodesSummary summary = NodesSummary.of(nodesInfo, es.url().toString());
        boolean dataStreams = false;
        Set<String> missing = new TreeSet<>();
        // Older releases lack the simulate API; the installer refuses them on their version alone.
        if (templates && summary.version().compareTo(ElasticsearchVersion.MINIMUM) >= 0) {
            dataStreams = !rejects(es, Map.of("data_stream", Map.of()), "[data_stream]", "data streams");
            for (String type : mapperTypes) {
                Map<String, Object> mappings = Map.of("properties", Map.of("probe", Map.of("type", type)));
                if (rejects(es, Map.of("template", Map.of("mappings", mappings)), "[" + type + "]",
                        "mapper type [" + type + "]")) {
                    missing.add(type);
                }
            }
        }
        return new ClusterCapabilities(summary.version(), summary.nodes(), summary.processors(), dataStreams, missing);
    }

    /**
     * Whether the cluster rejects a template holding {@code extra} because of the feature that {@code marker}
     * names in its message; any other failure (privileges, a proxy) stops the installation instead of being taken
     * for a missing feature.
     */
    private static boolean rejects(ElasticsearchConnection es, Map<String, Object> extra, String marker,
                                   String feature) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index_patterns", List.of(PROBE_PATTERN));
        body.putAll(extra);
        ElasticsearchConnection.Reply reply = es.send("POST", "/_index_template/_simulate", body);
        if (reply.ok()) {
            return false;
        }
        if (reply.status() == 400 && reply.text().contains(marker)) {
            return true;
        }
        throw new InstallException("[es] cannot check for " + feature + " on " + es.url() + ": " + reply.status()
                + " " + reply.reason());
    }

    /** The oldest release, the node count and the processors all nodes share, from a {@code _nodes/ingest} answer. */
    record NodesSummary(ElasticsearchVersion version, int nodes, Set<String> processors) {

        static NodesSummary of(Map<String, Object> nodesInfo, String where) {
            if (!(nodesInfo.get("nodes") instanceof Map<?, ?> nodes) || nodes.isEmpty()) {
                throw new InstallException("[es] " + where + " lists no nodes in _nodes/ingest");
            }
            ElasticsearchVersion oldest = null;
            Set<String> shared = null;
            for (Object node : nodes.values()) {
                Map<?, ?> info = (Map<?, ?>) node;
                ElasticsearchVersion version = ElasticsearchVersion.parse(String.valueOf(info.get("version")));
                oldest = oldest == null || version.compareTo(oldest) < 0 ? version : oldest;
                Set<String> types = new TreeSet<>();
                if (info.get("ingest") instanceof Map<?, ?> ingest && ingest.get("processors") instanceof List<?> list) {
                    for (Object processor : list) {
                        types.add(String.valueOf(((Map<?, ?>) processor).get("type")));
                    }
                }
                if (shared == null) {
                    shared = types;
                } else {
                    // A pipeline runs on whichever ingest node receives the document, so every node needs it.
                    shared.retainAll(types);
                }
            }
            return new NodesSummary(oldest, nodes.size(), shared);
        }
    }
}
