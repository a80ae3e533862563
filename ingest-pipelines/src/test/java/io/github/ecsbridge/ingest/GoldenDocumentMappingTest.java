package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import io.github.ecsbridge.samples.SampleLine;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expected documents of the golden corpus fit the templates: indexed on Elasticsearch 8.19 into a data stream
 * mapped like the real one, every document is accepted and no field outside the declared ones appears. A field the
 * filters write must be declared in the field files before it reaches a user's cluster.
 */
@ExtendWith(TestClusters.class)
class GoldenDocumentMappingTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();

    private static ElasticsearchServer es;
    private static InstallResult installed;

    @BeforeAll
    static void installTemplates(ElasticsearchServer server) {
        es = server;
        installed = new PipelineInstaller(CATALOG, MapperTypeFallbacks.standard(),
                new PrintStream(OutputStream.nullOutputStream())).run(es.connection(), InstallScope.TEMPLATES);
    }

    static Stream<Arguments> sampleFiles() {
        return Stream.concat(
                SampleCorpus.standard().files("cisco_esa").stream()
                        .map(file -> Arguments.of(file, "logs-cisco_secure_email_gateway.log-default")),
                SampleCorpus.standard().files("kaspersky").stream()
                        .map(file -> Arguments.of(file, "logs-kaspersky." + file.type() + "-default")));
    }

    @ParameterizedTest(name = "{0} into {1}")
    @MethodSource("sampleFiles")
    void expectedDocumentsIndexWithDeclaredFieldsOnly(SampleFile file, String dataStream) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (SampleLine line : file.lines()) {
            if (line.expected() == null) {
                throw new AssertionError(line.location() + " has no expected document");
            }
            documents.add(line.expected());
        }
        Map<?, ?> indexed = new DataStreamSandbox(es.connection()).indexLike(dataStream, documents);
        DataStreamTemplates templates = new TemplateGenerator(CATALOG, MapperTypeFallbacks.standard())
                .generate(definitionFor(dataStream), installed.cluster().missingMapperTypes(), false);
        Map<?, ?> declared = (Map<?, ?>) ((Map<?, ?>) templates.packageComponent().get("template")).get("mappings");
        assertEquals(List.of(), MappingDiff.between(declared, indexed));
    }

    private static DataStreamDefinition definitionFor(String dataStream) {
        return CATALOG.dataStreams().stream()
                .filter(definition -> definition.indexPatterns().stream()
                        .anyMatch(pattern -> dataStream.startsWith(pattern.substring(0, pattern.indexOf('*')))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no data stream definition matches " + dataStream));
    }
}
