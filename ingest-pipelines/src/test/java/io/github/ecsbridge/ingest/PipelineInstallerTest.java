package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The installer against both real servers: Elasticsearch 7.10.2 (ingest processors, no data streams) takes the
 * pipelines, Elasticsearch 8.19 (data streams, none of the ingest-common processors, no match_only_text, wildcard or
 * constant_keyword) takes the templates with fallback types. Each test starts from a cluster without the assets.
 */
@ExtendWith(TestClusters.class)
class PipelineInstallerTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();
    private static final String V = CATALOG.version();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private InstallResult install(ElasticsearchConnection es, InstallScope scope) {
        printed.reset();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return new PipelineInstaller(CATALOG, MapperTypeFallbacks.standard(), out).run(es, scope);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pipelinesAreCreatedThenUnchanged(EmbeddedElasticsearch es) {
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
        InstallResult first = install(es.connection(), InstallScope.PIPELINES);
        // Every pipeline of assets.yml, in its order (the sub-pipelines of a vendor before its entry pipeline).
        List<String> ids = CATALOG.pipelines().stream().map(PipelineAsset::id).toList();
        int n = ids.size();
        assertEquals(String.join("\n",
                "Elasticsearch 7.10.2 at " + es.url() + " (1 node)",
                ids.stream().map(id -> "pipeline " + id + ": created").collect(Collectors.joining("\n")),
                "Done: " + n + " pipelines, 0 component templates, 0 index templates; " + n + " created, 0 updated, "
                        + "0 unchanged",
                ""), output());
        assertEquals(n, first.count(AssetKind.PIPELINE, AssetStatus.CREATED));
        assertEquals(List.of("logs-ecs-bridge-common-" + V, "logs-cisco_secure_email_gateway.log-" + V,
                "logs-kaspersky-" + V), ids.stream().filter(id -> !id.contains("-pipeline_")).toList());

        InstallResult second = install(es.connection(), InstallScope.PIPELINES);
        assertEquals(ids.stream().map(id -> new InstalledAsset(AssetKind.PIPELINE, id, AssetStatus.UNCHANGED))
                .toList(), second.assets());
        assertEquals(List.of(), second.downgrades());
    }

    @Test
    void pipelineChangedOnTheClusterIsUpdated(EmbeddedElasticsearch es) {
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
        install(es.connection(), InstallScope.PIPELINES);
        es.connection().put("/_ingest/pipeline/logs-kaspersky-" + V, Map.of("processors",
                List.of(Map.of("set", Map.of("tag", "edited", "field", "edited", "value", true)))));

        InstallResult result = install(es.connection(), InstallScope.PIPELINES);
        assertEquals(List.of("logs-kaspersky-" + V), result.assets().stream()
                .filter(asset -> asset.status() != AssetStatus.UNCHANGED).map(InstalledAsset::name).toList());
        assertEquals(AssetStatus.UPDATED, result.assets().stream()
                .filter(asset -> asset.name().equals("logs-kaspersky-" + V)).findFirst().orElseThrow().status());
        PipelineAsset kaspersky = CATALOG.pipelines().stream()
                .filter(pipeline -> pipeline.id().equals("logs-kaspersky-" + V)).findFirst().orElseThrow();
        assertEquals(kaspersky.body(), PipelineInstaller.stored(AssetKind.PIPELINE,
                "logs-kaspersky-" + V, es.connection().get("/_ingest/pipeline/logs-kaspersky-" + V).orElseThrow()));
    }

    @Test
    void templatesNeedDataStreams(EmbeddedElasticsearch es) {
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
        InstallException e = assertThrows(InstallException.class, () -> install(es.connection(), InstallScope.ALL));
        assertEquals("[es] " + es.url() + " has no data streams (an OSS build, or a cluster without the x-pack"
                + " modules of the default distribution); install the pipelines alone with [only] pipelines",
                e.getMessage());
        assertEquals(404, es.connection().send("GET", "/_ingest/pipeline/logs-ecs-bridge-common-" + V, null).status());
    }

    @Test
    void templatesAreCreatedThenUnchangedWithFallbackTypes(ElasticsearchServer es) {
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
        InstallResult first = install(es.connection(), InstallScope.TEMPLATES);
        String cisco = "ecs-bridge-logs-cisco_secure_email_gateway.log";
        String kaspersky = "ecs-bridge-logs-kaspersky";
        assertEquals(String.join("\n",
                "Elasticsearch " + es.version() + " at " + es.url() + " (1 node)",
                "Mapper types missing on this cluster: [constant_keyword, match_only_text, wildcard]",
                "logs-cisco_secure_email_gateway.log-*: 13 fields use a fallback type",
                "  data_stream.type: constant_keyword -> keyword",
                "  data_stream.dataset: constant_keyword -> keyword",
                "  data_stream.namespace: constant_keyword -> keyword",
                "  event.dataset: constant_keyword -> keyword",
                "  event.module: constant_keyword -> keyword",
                "  email.message_id: wildcard -> keyword",
                "  email.subject.text: match_only_text -> text",
                "  url.path: wildcard -> keyword",
                "  user.name.text: match_only_text -> text",
                "  user_agent.original.text: match_only_text -> text",
                "  user_agent.os.full.text: match_only_text -> text",
                "  user_agent.os.name.text: match_only_text -> text",
                "  error.message: match_only_text -> text",
                "component template " + cisco + "@package: created",
                "component template " + cisco + "@custom: created",
                "index template " + cisco + ": created",
                "logs-kaspersky.*-*: 20 fields use a fallback type",
                "  data_stream.type: constant_keyword -> keyword",
                "  data_stream.dataset: constant_keyword -> keyword",
                "  data_stream.namespace: constant_keyword -> keyword",
                "  event.dataset: constant_keyword -> keyword",
                "  event.module: constant_keyword -> keyword",
                "  destination.user.name.text: match_only_text -> text",
                "  error.message: match_only_text -> text",
                "  file.path.text: match_only_text -> text",
                "  message: match_only_text -> text",
                "  organization.name.text: match_only_text -> text",
                "  process.name.text: match_only_text -> text",
                "  source.user.name.text: match_only_text -> text",
                "  url.original: wildcard -> keyword",
                "  url.original.text: match_only_text -> text",
                "  user_agent.original.text: match_only_text -> text",
                "  email.subject.text: match_only_text -> text",
                "  process.command_line: wildcard -> keyword",
                "  process.command_line.text: match_only_text -> text",
                "  user.name.text: match_only_text -> text",
                "  user.target.name.text: match_only_text -> text",
                "component template " + kaspersky + "@package: created",
                "component template " + kaspersky + "@custom: created",
                "index template " + kaspersky + ": created",
                "Done: 0 pipelines, 4 component templates, 2 index templates; 6 created, 0 updated, 0 unchanged",
                ""), output());
        assertEquals(13 + 20, first.downgrades().size());

        InstallResult second = install(es.connection(), InstallScope.TEMPLATES);
        assertEquals(List.of(
                new InstalledAsset(AssetKind.COMPONENT_TEMPLATE, cisco + "@package", AssetStatus.UNCHANGED),
                new InstalledAsset(AssetKind.COMPONENT_TEMPLATE, cisco + "@custom", AssetStatus.UNCHANGED),
                new InstalledAsset(AssetKind.INDEX_TEMPLATE, cisco, AssetStatus.UNCHANGED),
                new InstalledAsset(AssetKind.COMPONENT_TEMPLATE, kaspersky + "@package", AssetStatus.UNCHANGED),
                new InstalledAsset(AssetKind.COMPONENT_TEMPLATE, kaspersky + "@custom", AssetStatus.UNCHANGED),
                new InstalledAsset(AssetKind.INDEX_TEMPLATE, kaspersky, AssetStatus.UNCHANGED)), second.assets());
        assertEquals(first.downgrades(), second.downgrades());
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
    }

    @Test
    void customTemplateOfTheUserIsKept(ElasticsearchServer es) {
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
        Map<String, Object> mine = Map.of("template", Map.of("settings", Map.of("index.number_of_replicas", "0")));
        es.connection().put("/_component_template/ecs-bridge-logs-kaspersky@custom", mine);

        InstallResult result = install(es.connection(), InstallScope.TEMPLATES);
        assertEquals(new InstalledAsset(AssetKind.COMPONENT_TEMPLATE, "ecs-bridge-logs-kaspersky@custom",
                AssetStatus.UNCHANGED), result.assets().get(4));
        Map<String, Object> stored = PipelineInstaller.stored(AssetKind.COMPONENT_TEMPLATE,
                "ecs-bridge-logs-kaspersky@custom",
                es.connection().get("/_component_template/ecs-bridge-logs-kaspersky@custom").orElseThrow());
        assertEquals(Map.of("template", Map.of("settings", Map.of("index", Map.of("number_of_replicas", "0")))),
                stored);
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
    }

    @Test
    void pipelinesNeedTheIngestProcessors(ElasticsearchServer es) {
        ClusterCleanup.removeAssets(es.connection(), CATALOG);
        InstallException e = assertThrows(InstallException.class, () -> install(es.connection(), InstallScope.ALL));
        assertEquals("[es] " + es.url() + " lacks the ingest processors [append, pipeline, remove, rename, script, set] that"
                + " the pipelines use (modules ingest-common, lang-painless and ingest-user-agent of the default"
                + " distribution); install the templates alone with [only] templates", e.getMessage());
        assertEquals(404, es.connection().send("GET", "/_index_template/ecs-bridge-logs-kaspersky", null).status());
    }
}
