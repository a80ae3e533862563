package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated templates on a real Elasticsearch 8.19: installed, they resolve to exactly the generated mapping
 * for the real data stream names, a document with every declared field indexes into a data stream with that
 * mapping without error, and afterwards the data stream maps exactly the declared fields. Documents go in with
 * {@code pipeline=_none}: this distribution has no ingest-common to run the pipelines.
 */
@ExtendWith(TestClusters.class)
class TemplateMappingTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();

    private static ElasticsearchServer es;
    private static InstallResult installed;

    @BeforeAll
    static void installTemplates(ElasticsearchServer server) {
        es = server;
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
        installed = new PipelineInstaller(CATALOG, MapperTypeFallbacks.standard(),
                new PrintStream(OutputStream.nullOutputStream())).run(es.connection(), InstallScope.TEMPLATES);
    }

    @AfterAll
    static void removeTemplates() {
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
    }

    static Stream<Arguments> dataStreams() {
        return Stream.of(
                Arguments.of(CATALOG.dataStreams().get(0), "cisco_secure_email_gateway.log"),
                Arguments.of(CATALOG.dataStreams().get(1), "kaspersky.ksmg"));
    }

    private static Map<?, ?> declaredMappings(DataStreamDefinition dataStream) {
        DataStreamTemplates templates = new TemplateGenerator(CATALOG, MapperTypeFallbacks.standard())
                .generate(dataStream, installed.cluster().missingMapperTypes(), false);
        return (Map<?, ?>) ((Map<?, ?>) templates.packageComponent().get("template")).get("mappings");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("dataStreams")
    void installedTemplatesResolveToTheGeneratedMapping(DataStreamDefinition dataStream, String dataset) {
        Map<String, Object> resolved = new DataStreamSandbox(es.connection()).resolve("logs-" + dataset + "-default");
        assertEquals(List.of(), MappingDiff.between(declaredMappings(dataStream), (Map<?, ?>) resolved.get("mappings")));
        assertEquals(null, ((Map<?, ?>) ((Map<?, ?>) resolved.get("settings")).get("index")).get("default_pipeline"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("dataStreams")
    void documentWithEveryDeclaredFieldIndexesAndAddsNoField(DataStreamDefinition dataStream, String dataset) {
        Map<String, Object> document = SampleDocuments.everyField(CATALOG.fields(dataStream), Map.of(
                "data_stream.type", "logs", "data_stream.dataset", dataset, "data_stream.namespace", "default",
                "event.dataset", dataset));
        Map<?, ?> indexed = new DataStreamSandbox(es.connection()).indexLike("logs-" + dataset + "-default", document);
        assertEquals(List.of(), MappingDiff.between(declaredMappings(dataStream), indexed));
    }

    @Test
    void undeclaredFieldIsFound() {
        Map<?, ?> indexed = new DataStreamSandbox(es.connection()).indexLike(
                "logs-cisco_secure_email_gateway.log-default", Map.of("@timestamp", "2026-06-01T00:00:00.000Z",
                        "cisco_secure_email_gateway", Map.of("log", Map.of("not_declared", "value"))));
        assertEquals(List.of("undeclared cisco_secure_email_gateway.log.not_declared (text)",
                        "undeclared cisco_secure_email_gateway.log.not_declared.keyword (keyword)"),
                MappingDiff.between(declaredMappings(CATALOG.dataStreams().get(0)), indexed));
    }

    @Test
    void valueOfTheWrongTypeIsRejected() {
        InstallException e = assertThrows(InstallException.class, () -> new DataStreamSandbox(es.connection())
                .indexLike("logs-cisco_secure_email_gateway.log-default", Map.of("@timestamp",
                        "2026-06-01T00:00:00.000Z", "source", Map.of("ip", "not an address"))));
        assertEquals(true, e.getMessage().contains("failed to parse field [source.ip] of type [ip]"), e.getMessage());
    }
}
