package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ecsbridge.kaspersky.Kaspersky;
import io.github.ecsbridge.samples.DocumentDiff;
import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.testkit.EventDocuments;
import io.github.ecsbridge.testkit.TestConfiguration;
import io.github.ecsbridge.testkit.TestContext;
import io.github.ecsbridge.testkit.TestEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Times without a zone are read in the site's zone on both engines: the pipelines take it from {@code event.timezone}
 * (Elastic Agent's {@code add_locale} sets it), the {@code kaspersky} filter from its {@code timezone} option, and on
 * both a CEF {@code dtz} naming a zone wins for the CEF times. The documents of both engines are equal.
 */
@ExtendWith(TestClusters.class)
class KasperskyTimeZoneTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();
    private static final String PIPELINE = "logs-kaspersky-" + CATALOG.version();
    private static final String ZONE = "Europe/Moscow";
    private static final String KATA = "<134>Apr 25 2026 04:59:16 kata-cn01 CEF:0|AO Kaspersky Lab|Kaspersky Anti "
            + "Targeted Attack Platform|5.0.0-5201|url_web|URL from web detected|Low|rt=Apr 25 2026 04:59:16 "
            + "src=10.10.5.23 request=https://login.example.net/secure cs1=Phishing";

    private static EmbeddedElasticsearch es;

    @BeforeAll
    static void installPipelines(EmbeddedElasticsearch embedded) {
        es = embedded;
        es.putPipelines(CATALOG, "logs-ecs-bridge-common-", "logs-kaspersky-");
    }

    @Test
    void headerAndCefTimesAreReadInTheSitesZone() {
        Map<String, Object> document = bothEngines(KATA);

        assertEquals("2026-04-25T01:59:16.000Z", document.get("@timestamp"));
        assertEquals("2026-04-25T01:59:16.000Z", extension(document, "deviceReceiptTime"));
    }

    @Test
    void dtzNamingAZoneWinsForTheCefTimes() {
        Map<String, Object> document = bothEngines(KATA + " dtz=Europe/Berlin");

        assertEquals("2026-04-25T02:59:16.000Z", document.get("@timestamp"));
        assertEquals("2026-04-25T02:59:16.000Z", extension(document, "deviceReceiptTime"));
    }

    @Test
    void dtzNamingNoZoneIsReportedAndTheSitesZoneUsed() {
        Map<String, Object> document = bothEngines(KATA + " dtz=Mars/Olympus");

        assertEquals("2026-04-25T01:59:16.000Z", extension(document, "deviceReceiptTime"));
        assertEquals("unknown time zone in key 'dtz': 'Mars/Olympus', using Europe/Moscow",
                ((Map<?, ?>) document.get("error")).get("message"));
    }

    /** The pipeline's document for {@code line}, after checking that the filter makes the same one. */
    private static Map<String, Object> bothEngines(String line) {
        Map<String, Object> pipelineInput = KasperskyGoldenPipelineTest.input(line);
        pipelineInput.put("event", Map.of("timezone", ZONE));
        Map<String, Object> ingested = es.simulate(PIPELINE, pipelineInput);
        Map<String, Object> source = new HashMap<>(pipelineInput);
        // _tmp.now is the pipeline's clock; the filter's event has no such field.
        source.remove("_tmp");

        Kaspersky filter = new Kaspersky("time-zone", new TestConfiguration(Map.of("timezone", ZONE,
                "preserve_original", true)), new TestContext());
        TestEvent event = new TestEvent(source);
        filter.filter(List.of(event), matched -> { });
        Map<String, Object> filtered = EventDocuments.toPlainMap(event);

        assertEquals(List.of(), DocumentDiff.between(filtered, ingested, GoldenAssert.ENGINE_FIELDS));
        return ingested;
    }

    private static Object extension(Map<String, Object> document, String key) {
        return ((Map<?, ?>) ((Map<?, ?>) document.get("cef")).get("extensions")).get(key);
    }
}
