package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.samples.SampleCorpus;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line of every {@code samples/cisco_esa/<type>.log} runs through the installed Cisco pipelines on
 * Elasticsearch 7.10 and must give the document the {@code cisco_esa} filter gives, except for the fields listed
 * for that sample in {@code engine-differences.tsv}. Each line arrives in {@code message}, as Filebeat and Elastic
 * Agent send it, with {@code _tmp.now} at the golden tests' clock ({@link GoldenAssert#NOW}), which the entry
 * pipeline reads instead of the ingest time when it is present.
 */
@ExtendWith(TestClusters.class)
class CiscoGoldenTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();
    private static final String ENTRY = CiscoPipelineGenerator.BASE + "-" + CATALOG.version();

    private static EmbeddedElasticsearch es;

    @BeforeAll
    static void installPipelines(EmbeddedElasticsearch embedded) {
        es = embedded;
        new PipelineInstaller(CATALOG, MapperTypeFallbacks.standard(), new PrintStream(OutputStream.nullOutputStream()))
                .run(es.connection(), InstallScope.PIPELINES);
    }

    static List<String> logTypes() {
        return CiscoPipelineGenerator.LOG_TYPES;
    }

    @ParameterizedTest
    @MethodSource("logTypes")
    void pipelinesGiveTheFilterDocuments(String type) {
        // The expected documents are rewritten from the filter only: the pipelines must never overwrite them.
        assumeFalse(Boolean.getBoolean("samples.update"), "samples.update rewrites the corpus from the filter");
        String sample = "cisco_esa/" + type;
        GoldenAssert.assertMatches(SampleCorpus.standard().file("cisco_esa", type), line -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("message", line.raw());
            source.put("_tmp", Map.of("now", GoldenAssert.NOW.toString()));
            return es.simulate(ENTRY, source);
        }, EngineDifferences.fields(sample));
    }
}
