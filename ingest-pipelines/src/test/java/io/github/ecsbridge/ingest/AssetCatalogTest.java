package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AssetCatalogTest {

    private final AssetCatalog catalog = AssetCatalog.standard();

    @Test
    void pipelineIdsCarryTheReleaseVersion() {
        String v = catalog.version();
        List<String> ids = catalog.pipelines().stream().map(PipelineAsset::id).toList();
        assertEquals(List.of("logs-ecs-bridge-common-" + v, "logs-cisco_secure_email_gateway.log-" + v,
                "logs-kaspersky-" + v), ids.stream().filter(id -> !id.contains("-pipeline_")).toList());
        assertEquals(true, ids.stream().allMatch(id -> id.contains("-" + v)), ids.toString());
    }

    @Test
    void versionIsTheReleaseVersionWrittenByTheBuild() {
        assertEquals(true, catalog.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), catalog.version());
    }

    @Test
    void namedPipelineIdsFollowFleet() {
        assertEquals("logs-cisco_secure_email_gateway.log-1.2.3",
                AssetCatalog.pipelineId("logs-cisco_secure_email_gateway.log/default", "1.2.3"));
        assertEquals("logs-cisco_secure_email_gateway.log-1.2.3-pipeline_amp",
                AssetCatalog.pipelineId("logs-cisco_secure_email_gateway.log/pipeline_amp", "1.2.3"));
    }

    @Test
    void pipelineReferencesBecomeIds() {
        PipelineAsset cisco = catalog.pipelines().stream()
                .filter(p -> p.id().equals("logs-cisco_secure_email_gateway.log-" + catalog.version()))
                .findFirst().orElseThrow();
        Map<?, ?> first = (Map<?, ?>) ((List<?>) cisco.body().get("processors")).get(0);
        assertEquals("logs-ecs-bridge-common-" + catalog.version(), ((Map<?, ?>) first.get("pipeline")).get("name"));
    }

    @Test
    void dataStreamsRouteToTheirEntryPipelines() {
        String v = catalog.version();
        assertEquals(List.of(
                new DataStreamDefinition("cisco_secure_email_gateway.log", "logs",
                        List.of("logs-cisco_secure_email_gateway.log-*"), "logs-cisco_secure_email_gateway.log-" + v,
                        List.of("cisco_secure_email_gateway.log/base-fields.yml", "agent.yml",
                                "cisco_secure_email_gateway.log/ecs.yml", "cisco_secure_email_gateway.log/fields.yml")),
                new DataStreamDefinition("kaspersky", "logs", List.of("logs-kaspersky.*-*"), "logs-kaspersky-" + v,
                        List.of("kaspersky/base-fields.yml", "agent.yml", "kaspersky/ecs.yml", "kaspersky/syslog.yml",
                                "kaspersky/cef.yml", "kaspersky/fields.yml"))),
                catalog.dataStreams());
    }

    @Test
    void everyPipelineFileIsListedInAssetsYml() throws IOException, URISyntaxException {
        Path directory = Path.of(getClass().getClassLoader()
                .getResource(AssetCatalog.STANDARD_ROOT + "pipelines").toURI());
        List<String> files;
        try (Stream<Path> paths = Files.walk(directory)) {
            files = paths.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> directory.relativize(p).toString().replace('\\', '/').replaceAll("\\.json$", ""))
                    .sorted().toList();
        }
        List<String> listed = catalog.pipelines().stream()
                .map(p -> p.resource().substring("pipelines/".length()).replaceAll("\\.json$", ""))
                .sorted().toList();
        assertEquals(listed, files);
    }

    @Test
    void everyDataStreamFieldFileReads() {
        // base-fields 6, agent 31, ecs 54, and the integration's 205 cisco_secure_email_gateway.log.* plus 2 log.*
        assertEquals(6 + 31 + 54 + 207, catalog.fields(catalog.dataStreams().get(0)).size());
        // base-fields 6, agent 31, ecs 110, structured data 1, cef.* 3 + 183 keys + 1 object for other keys, 118
        // typed kaspersky.<product>.* fields and the kaspersky.* object
        assertEquals(6 + 31 + 110 + 1 + 3 + 183 + 1 + 118 + 1, catalog.fields(catalog.dataStreams().get(1)).size());
    }

    @Test
    void referenceToALaterPipelineIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AssetCatalog.load("catalogs/forward-reference/"));
        assertEquals("[pipelines] pipelines/logs-a/default.json refers to [logs-b/default], which is not listed"
                + " before it in assets.yml", e.getMessage());
    }

    @Test
    void dataStreamRoutingToAnUnlistedPipelineIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AssetCatalog.load("catalogs/unlisted-pipeline/"));
        assertEquals("[data_streams] data stream a names pipeline logs-z/default, which assets.yml does not list",
                e.getMessage());
    }
}
