package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import io.github.ecsbridge.samples.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ecsbridge.kaspersky.TestLines.decoded;
import static io.github.ecsbridge.kaspersky.TestLines.field;
import static io.github.ecsbridge.kaspersky.TestLines.mapped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the mapper does to decoded documents, beyond the golden corpus. */
class KasperskyMapperTest {

    private static final String AV_INFECTED = "CEF:0|AO Kaspersky Lab|Kaspersky Secure Mail Gateway|2.1.0.1|"
            + "LMS_EV_SCAN_LOGIC_AV_STATUS|AV|High|cs1=4dLq cs1Label=MessageId act=Rejected outcome=Infected";

    @Test
    void documentsOfOtherVendorsAreLeftUntouched() {
        for (String line : List.of(
                "<134>Feb 18 10:07:28 fw01 CEF:0|Security|threatmanager|1.0|100|worm stopped|10|src=10.0.0.1",
                "<165>1 2026-05-18T14:00:00.000Z host app 42 ID47 [exampleSDID@32473 iut=\"3\"] text",
                "<13>May 18 14:00:00 mail postfix/smtpd[42]: connect from unknown[192.0.2.1]",
                "CEF:0|AO Kaspersky Lab|Kaspersky Web Traffic Security|6.1|KWTS_EV_X|X|Low|src=10.0.0.1")) {
            Map<String, Object> document = decoded(line);
            String before = Json.toLine(document);
            assertEquals(MappingOutcome.NOT_KASPERSKY, TestLines.MAPPER.map(new EcsDocument(document)), line);
            assertEquals(before, Json.toLine(document), line);
        }
    }

    @Test
    void kscManagedDeviceReplacesTheGenericDestination() {
        Map<String, Object> document = mapped("CEF:0|KasperskyLab|SecurityCenter|15.1|KLSRV_UPD_BASES_UPDATED|"
                + "Updated|1|dhost=ksc01 dst=10.0.0.10 duser=EXAMPLE\\\\ksc.admin dntdom=EXAMPLE");
        assertNull(document.get("destination"));
        assertEquals(Map.of("name", "ksc01", "ip", "10.0.0.10", "domain", "EXAMPLE"), document.get("host"));
        assertEquals(Map.of("name", "ksc.admin", "domain", "EXAMPLE"), document.get("user"));
        assertEquals(Map.of("hosts", List.of("ksc01"), "ip", List.of("10.0.0.10"), "user", List.of("ksc.admin")),
                document.get("related"));
    }

    @Test
    void conditionalRowsRefineTheCategorisation() {
        Map<String, Object> infected = mapped(AV_INFECTED);
        assertEquals(Map.of("action", "rejected", "category", List.of("email", "malware"), "code",
                "LMS_EV_SCAN_LOGIC_AV_STATUS", "dataset", "kaspersky.ksmg", "kind", "alert", "module", "kaspersky",
                "outcome", "success", "severity", 8L, "type", List.of("info")), infected.get("event"));
        Map<String, Object> basesError = mapped(AV_INFECTED.replace("Infected", "BasesError"));
        assertEquals("event", field(basesError, "event.kind"));
        assertEquals("failure", field(basesError, "event.outcome"));
    }

    @Test
    void targetMovesVendorFieldsAndTheConditionsThatReadThem() {
        Map<String, Object> document = decoded(AV_INFECTED);
        TestLines.mapper("vendor.kaspersky", EcsCompatibility.V8).map(new EcsDocument(document));
        assertNull(document.get("kaspersky"));
        assertEquals(Map.of("kaspersky", Map.of("ksmg", Map.of("message_id", "4dLq", "scan_status", "Infected"))),
                document.get("vendor"));
        assertEquals("alert", field(document, "event.kind"));
    }

    @Test
    void legacyModeAddsOnlyVendorFieldsAndTheModuleAndDataset() {
        Map<String, Object> document = decoded(AV_INFECTED);
        String before = Json.toLine(document);
        TestLines.mapper("kaspersky", EcsCompatibility.DISABLED).map(new EcsDocument(document));
        EcsDocument mapped = new EcsDocument(document);
        Object vendor = mapped.remove("kaspersky");
        assertEquals(Map.of("dataset", "kaspersky.ksmg"), mapped.remove("data_stream"));
        assertEquals("kaspersky", mapped.remove("event.module"));
        assertEquals("kaspersky.ksmg", mapped.remove("event.dataset"));
        assertEquals(before, Json.toLine(document));
        assertEquals(Map.of("ksmg", Map.of("message_id", "4dLq", "scan_status", "Infected")), vendor);
    }

    @Test
    void everyMappedEventNamesTheModuleAndTheDatasetOfItsProduct() {
        Map<String, String> lines = Map.of(
                "kaspersky.ksmg", AV_INFECTED,
                "kaspersky.kata", "CEF:0|AO Kaspersky Lab|Kaspersky Anti Targeted Attack Platform|7.1|ids|IDS|Low|"
                        + "src=10.0.0.1",
                "kaspersky.kcs", "CEF:0|Kaspersky|Kaspersky Container Security|2.0|PM-1|PM|7|dpid=1",
                "kaspersky.ksc", "<29>1 2026-05-18T14:20:00.000Z ksc01 KES|11.0.0.0 - GNRL_EV_VIRUS_FOUND - x");
        lines.forEach((dataset, line) -> {
            Map<String, Object> document = mapped(line);
            assertEquals(Map.of("dataset", dataset), document.get("data_stream"), line);
            assertEquals("kaspersky", field(document, "event.module"), line);
            assertEquals(dataset, field(document, "event.dataset"), line);
        });
    }

    @Test
    void aValueThatDoesNotFitItsTypeIsReportedWithoutFailingTheEvent() {
        Map<String, Object> document = mapped("CEF:0|AO Kaspersky Lab|Kaspersky Secure Mail Gateway|1.1|"
                + "LMS_EV_GRACE_PERIOD|Grace|Medium|cs1=1A2B cs1Label=LicenseID cn1=seven cn1Label=DaysLeft");
        assertEquals(Map.of("ksmg", Map.of("license_id", "1A2B")), document.get("kaspersky"));
        assertEquals(List.of("malformed value for key 'cn1': not an integer: 'seven'",
                "malformed value for key 'deviceCustomNumber1' (label 'DaysLeft'): not an integer: 'seven'"),
                field(document, "error.message"));
        assertNull(document.get("tags"));
    }

    @Test
    void severityWordsAndNumbersFollowTheProductScale() {
        String kata = "CEF:0|AO Kaspersky Lab|Kaspersky Anti Targeted Attack Platform|7.1|";
        assertEquals(3L, field(mapped(kata + "ids|IDS|Low|src=10.0.0.1"), "event.severity"));
        assertEquals(0L, field(mapped(kata + "heartbeat|Heartbeat|0|dvchost=cn"), "event.severity"));
        assertEquals(7L, field(mapped("CEF:0|Kaspersky|Kaspersky Container Security|2.0|PM-1|PM|7|dpid=1"),
                "event.severity"));
        assertNull(field(mapped("CEF:0|AO Kaspersky Lab|Kaspersky Secure Mail Gateway|2.1|LMS_EV_NO_LICENSE|"
                + "No license|<severity>|"), "event.severity"));
    }

    @Test
    void kscNativeEventsWithoutStructuredDataAreRecognisedByTheirMsgId() {
        Map<String, Object> document = mapped("<29>1 2026-05-18T14:20:00.000Z ksc01 KES|11.0.0.0 - "
                + "GNRL_EV_VIRUS_FOUND - Event type: Malicious object detected");
        assertEquals("GNRL_EV_VIRUS_FOUND", field(document, "event.code"));
        assertEquals("alert", field(document, "event.kind"));
        assertEquals(Map.of("ksc", Map.of("product_name", "KES", "product_version", "11.0.0.0")),
                document.get("kaspersky"));
    }
}
