package io.github.ecsbridge.ingest;

import java.util.List;

/**
 * Removes every asset of the catalog from a test cluster, so that a test starts from a cluster without them. Tests
 * never create data streams that match the real index patterns ({@link DataStreamSandbox} exists for that): a data
 * stream locks its index template, and the 8.19 test distribution cannot delete data streams.
 */
final class ClusterCleanup {

    private ClusterCleanup() {
    }

    /** Deletes the templates and pipelines of the catalog; missing ones are fine. */
    static void removeAssets(ElasticsearchConnection es, AssetCatalog catalog) {
        for (DataStreamDefinition dataStream : catalog.dataStreams()) {
            String name = dataStream.templateName();
            delete(es, "/_index_template/" + name, List.of(200, 404));
            delete(es, "/_component_template/" + name + "@package", List.of(200, 404));
            delete(es, "/_component_template/" + name + "@custom", List.of(200, 404));
        }
        for (PipelineAsset pipeline : catalog.pipelines()) {
            delete(es, "/_ingest/pipeline/" + pipeline.id(), List.of(200, 404));
        }
    }

    private static void delete(ElasticsearchConnection es, String path, List<Integer> accepted) {
        ElasticsearchConnection.Reply reply = es.send("DELETE", path, null);
        if (!accepted.contains(reply.status())) {
            throw new IllegalStateException("DELETE " + path + " failed with " + reply.status() + ": " + reply.reason());
        }
    }
}
