package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterCapabilitiesTest {

    private static Map<String, Object> node(String version, String... processors) {
        return Map.of("version", version, "ingest", Map.of("processors",
                List.of(processors).stream().map(type -> Map.of("type", type)).toList()));
    }

    @Test
    void clusterOffersWhatItsOldestAndLeastEquippedNodesOffer() {
        ClusterCapabilities.NodesSummary summary = ClusterCapabilities.NodesSummary.of(Map.of("nodes", Map.of(
                "a", node("8.19.21", "grok", "set", "script"),
                "b", node("8.17.4", "grok", "set"))), "http://es:9200");
        assertEquals(new ClusterCapabilities.NodesSummary(new ElasticsearchVersion(8, 17, 4), 2, Set.of("grok", "set")),
                summary);
    }

    @Test
    void answerWithoutNodesIsRejected() {
        InstallException e = assertThrows(InstallException.class,
                () -> ClusterCapabilities.NodesSummary.of(Map.of("nodes", Map.of()), "http://es:9200"));
        assertEquals("[es] http://es:9200 lists no nodes in _nodes/ingest", e.getMessage());
    }
}
