package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every line of {@code samples/kaspersky} through the installed Kaspersky entry pipeline on Elasticsearch
 * 7.10.2 and compares the documents with the expected documents of the Logstash filter. Lines go in as the raw
 * {@code message} with {@code @timestamp} at {@link GoldenAssert#NOW} (as the filter's raw-message test sends them) and
 * {@code _tmp.now} at the same instant, so that year-less syslog dates resolve as with the filter's fixed clock.
 * Fields where the engines differ on purpose are listed, with the reason, in {@link EngineDifferences}.
 *
 * <p>Every product sample file is covered (ksc, kcs, ksmg, kata).
 */
@ExtendWith(TestClusters.class)
class KasperskyGoldenPipelineTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();
    private static final String PIPELINE = "logs-kaspersky-" + CATALOG.version();

    private static EmbeddedElasticsearch es;

    @BeforeAll
    static void installPipelines(EmbeddedElasticsearch embedded) {
        es = embedded;
        // Only the pipelines these tests run, so that other vendors' pipelines cannot stop them.
        es.putPipelines(CATALOG, "logs-ecs-bridge-common-", "logs-kaspersky-");
    }

    static Stream<SampleFile> sampleFiles() {
        List<SampleFile> files = SampleCorpus.standard().files("kaspersky");
        assertFalse(files.isEmpty(), "no samples under samples/kaspersky");
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void rawLinesMatchTheExpectedDocuments(SampleFile file) {
        // The Logstash filter writes the expected documents; this engine must never rewrite them.
        assumeFalse(Boolean.getBoolean("samples.update"), "-Dsamples.update rewrites from the kaspersky filter only");
        Set<String> ignored = EngineDifferences.fields("kaspersky/" + file.type());
        GoldenAssert.assertMatches(file, line -> es.simulate(PIPELINE, input(line.raw())), ignored);
    }

    static Map<String, Object> input(String raw) {
        Map<String, Object> source = new HashMap<>();
        source.put("message", raw);
        source.put("@timestamp", GoldenAssert.NOW.toString());
        source.put("_tmp", Map.of("now", GoldenAssert.NOW.toString()));
        return source;
    }
}
