package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ties the processor list the static pipeline rules use to what Elasticsearch 7.10.2 really offers. */
@ExtendWith(TestClusters.class)
class IngestProcessorListTest {

    @Test
    void listedProcessorsAreExactlyThoseOfElasticsearch710(EmbeddedElasticsearch es) {
        Map<String, Object> nodes = es.connection().get("/_nodes/ingest").orElseThrow();
        ClusterCapabilities.NodesSummary summary = ClusterCapabilities.NodesSummary.of(nodes, es.url().toString());
        assertEquals(EmbeddedElasticsearch.VERSION, summary.version().toString());
        assertEquals(new TreeSet<>(PipelineRules.elasticsearch710Processors()), new TreeSet<>(summary.processors()));
    }
}
