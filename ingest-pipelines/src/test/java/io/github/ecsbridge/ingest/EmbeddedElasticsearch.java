package io.github.ecsbridge.ingest;

import static org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner.newConfigs;

import io.github.ecsbridge.samples.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Elasticsearch 7.10.2 running inside the test JVM (elasticsearch-cluster-runner), with the ingest-common,
 * ingest-user-agent and lang-painless modules: the oldest release the pipelines support and the engine the pipeline
 * tests run on. Started once per test run by {@link TestClusters}.
 */
final class EmbeddedElasticsearch implements ExtensionContext.Store.CloseableResource {

    static final String VERSION = "7.10.2";

    private final ElasticsearchClusterRunner runner;
    private final Path directory;
    private final URI url;
    private final ElasticsearchConnection connection;

    private EmbeddedElasticsearch(ElasticsearchClusterRunner runner, Path directory, URI url) {
        this.runner = runner;
        this.directory = directory;
        this.url = url;
        this.connection = ElasticsearchConnection.open(InstallOptions.of(url));
    }

    /** Starts a single node on a free loopback port and waits until it is yellow. */
    static EmbeddedElasticsearch start() {
        long started = System.nanoTime();
        Path directory;
        try {
            directory = Files.createTempDirectory("ecs-bridge-es710-");
        } catch (IOException e) {
            throw new UncheckedIOException("no directory for Elasticsearch " + VERSION, e);
        }
        int httpPort = FreePorts.find();
        int transportPort = FreePorts.find();
        ElasticsearchClusterRunner runner = new ElasticsearchClusterRunner();
        // A negative maximum makes the runner take base + 1 as it is, instead of probing from a fixed range.
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("transport.port", transportPort);
            settings.put("discovery.type", "single-node");
            // The runner leaves out the ingest role; without it a node can simulate but not index through pipelines.
            settings.putList("node.roles", "master", "data", "ingest");
            // Test machines often have less free disk than the default watermarks want.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        runner.build(newConfigs().numOfNode(1).basePath(directory.resolve("cluster").toString())
                .baseHttpPort(httpPort - 1).clusterName("ecs-bridge-test").disableESLogger());
        runner.ensureYellow();
        URI url = URI.create("http://127.0.0.1:" + httpPort);
        System.out.printf("Elasticsearch %s (embedded) started in %d ms at %s%n", VERSION,
                (System.nanoTime() - started) / 1_000_000, url);
        return new EmbeddedElasticsearch(runner, directory, url);
    }

    /** The HTTP address. */
    URI url() {
        return url;
    }

    /** A connection without credentials. */
    ElasticsearchConnection connection() {
        return connection;
    }

    /** Puts the catalog's pipelines whose id starts with one of {@code prefixes}, in catalog order, as they are. */
    void putPipelines(AssetCatalog catalog, String... prefixes) {
        for (PipelineAsset pipeline : catalog.pipelines()) {
            if (Arrays.stream(prefixes).anyMatch(pipeline.id()::startsWith)) {
                connection.put("/_ingest/pipeline/" + pipeline.id(), pipeline.body());
            }
        }
    }

    /**
     * Runs {@code source} through an installed pipeline with {@code _simulate} and returns the resulting
     * {@code _source}, with integers as Long; a document the pipeline rejects fails the calling test.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> simulate(String pipelineId, Map<String, Object> source) {
        Map<String, Object> answer = connection.post("/_ingest/pipeline/" + pipelineId + "/_simulate",
                Map.of("docs", List.of(Map.of("_source", source))));
        Map<String, Object> result = ((List<Map<String, Object>>) answer.get("docs")).get(0);
        if (result.get("error") != null) {
            throw new AssertionError("pipeline " + pipelineId + " rejected the document: " + result.get("error"));
        }
        Map<String, Object> doc = (Map<String, Object>) result.get("doc");
        return (Map<String, Object>) Json.normalize(doc.get("_source"));
    }

    @Override
    public void close() throws IOException {
        connection.close();
        runner.close();
        runner.clean();
        TreeDeletion.delete(directory);
    }
}
