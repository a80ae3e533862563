package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kaspersky entry pipeline on lines the golden corpus does not hold: without a pinned clock (the ingest time is
 * "now"), and broken or foreign lines, which must come out without a pipeline error and without {@code _tmp}.
 */
@ExtendWith(TestClusters.class)
class KasperskyPipelineTest {

    private static final AssetCatalog CATALOG = AssetCatalog.standard();
    private static final String PIPELINE = "logs-kaspersky-" + CATALOG.version();

    private static EmbeddedElasticsearch es;

    @BeforeAll
    static void installPipelines(EmbeddedElasticsearch embedded) {
        es = embedded;
        es.putPipelines(CATALOG, "logs-ecs-bridge-common-", "logs-kaspersky-");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "plain text without header",
        "<22>Mar 12 04:00:00 ksmg01 KSMG: not CEF at all",
        "<999>Mar 12 04:00:00 ksmg01 KSMG: CEF:0|AO Kaspersky Lab|Kaspersky Secure Mail Gateway|2.1|LMS_EV_X|n|Low|",
        "CEF:0|AO Kaspersky Lab|Kaspersky Secure Mail Gateway|2.1",
        "CEF:0|AO Kaspersky Lab|KSMG|2.1|LMS_EV_X|n|Low|cn1=abc rt=not a time src=999.1.1.1 =x \\\\",
        "<29>1 - - - - - - CEF:0|KasperskyLab|SecurityCenter|15|KLSRV_X|n|Bogus|rt=1 dhost=h",
        "<29>1 2026-05-18T14:20:00.000Z h KES|11 - GNRL_EV_VIRUS_FOUND "
            + "[event@23668 p1=\"abc\" et=\"GNRL_EV_VIRUS_FOUND\"]",
        "<29>1 2026-05-18T14:20:00.000Z h KES|11 - KLSRV_HOST_STATUS_CRITICAL - Device status is Critical",
        "Feb 30 10:00:00 host KSC: CEF:0|KasperskyLab|SecurityCenter|15|KLSRV_X|n|1|msg=no such day"
    })
    void anyLineIsIndexedWithoutPipelineError(String line) {
        Map<String, Object> document = es.simulate(PIPELINE, Map.of("message", line));
        Map<?, ?> event = (Map<?, ?>) document.get("event");
        assertEquals(line, event.get("original"));
        assertNotEquals("pipeline_error", event.get("kind"), () -> "pipeline error: " + document.get("error"));
        assertNull(document.get("_tmp"));
        assertEquals(String.class, document.get("@timestamp").getClass());
    }

    @Test
    void cefOfAnotherVendorIsDecodedButNotMapped() {
        Map<String, Object> document = es.simulate(PIPELINE, Map.of("message",
                "<134>May 18 12:40:00 fw01 CEF:0|Example|Firewall|1.0|100|Denied|5|src=192.0.2.1 act=deny"));
        assertEquals(Map.of("vendor", "Example", "product", "Firewall", "version", "1.0"), document.get("observer"));
        assertEquals(Map.of("ip", "192.0.2.1"), document.get("source"));
        assertNull(((Map<?, ?>) document.get("event")).get("dataset"));
        assertNull(document.get("kaspersky"));
    }
}
