package io.github.ecsbridge.cef;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom fields pair up by label, and extensions are found by short or full name. */
class CefMessageTest {

    private static final String HEADER = "CEF:0|Vendor|Product|1.0|100|Name|5|";

    private static List<Map.Entry<String, String>> labels(CefMessage message) {
        return new ArrayList<>(message.customFieldsByLabel().entrySet());
    }

    @Test
    void labelsPairWithTheirSlotsInEveryFamily() {
        CefMessage message = CefScanner.scan(HEADER + "cs1Label=Virus name cs1=EICAR cn1=3 cn1Label=EventPart "
                + "cfp1Label=Score cfp1=0.5 c6a2Label=Source IPv6 c6a2=::1 deviceCustomDate1Label=detectionDate "
                + "deviceCustomDate1=1388577900000 flexString1Label=Engine flexString1=8.0.4.1 "
                + "flexNumber1Label=Count flexNumber1=7 flexDate1Label=Seen flexDate1=Feb 09 2015 00:27:43");

        assertEquals(List.of(entry("Virus name", "EICAR"), entry("EventPart", "3"), entry("Score", "0.5"),
                entry("Source IPv6", "::1"), entry("detectionDate", "1388577900000"), entry("Engine", "8.0.4.1"),
                entry("Count", "7"), entry("Seen", "Feb 09 2015 00:27:43")), labels(message));
        assertEquals("cs1", message.slotForLabel("Virus name"));
        assertEquals("cn1", message.slotForLabel("EventPart"));
        assertEquals("EICAR", message.customField("Virus name"));
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void shortAndFullNamesPairAcrossSpellings() {
        CefMessage message = CefScanner.scan(HEADER + "deviceCustomString2Label=Threat cs2=Trojan "
                + "cs3Label=Rule deviceCustomString3=R1");

        assertEquals(List.of(entry("Threat", "Trojan"), entry("Rule", "R1")), labels(message));
        assertEquals("cs2", message.slotForLabel("Threat"));
        assertEquals("deviceCustomString3", message.slotForLabel("Rule"));
    }

    @Test
    void slotsOutsideTheDictionaryPairToo() {
        CefMessage message = CefScanner.scan(HEADER + "cs10Label=TaskName cs10=Update databases");

        assertEquals(List.of(entry("TaskName", "Update databases")), labels(message));
        assertEquals("cs10", message.slotForLabel("TaskName"));
    }

    @Test
    void labelWithoutSlotAndSlotWithoutLabelAreNoPairs() {
        CefMessage message = CefScanner.scan(HEADER
                + "cn1=taskId cn1Label=TaskId cs1=taskName csLabel=TaskName cs2Label=Orphan cs3= cs3Label=");

        assertEquals(List.of(entry("TaskId", "taskId")), labels(message));
        assertNull(message.slotForLabel("TaskName"));
        assertNull(message.customField("Orphan"));
    }

    @Test
    void lowerCaseLabelSuffixIsNoLabel() {
        CefMessage message = CefScanner.scan(HEADER + "cs1=a cs1label=b");

        assertEquals(Map.of(), message.customFieldsByLabel());
    }

    @Test
    void duplicateLabelKeepsTheFirstSlot() {
        CefMessage message = CefScanner.scan(HEADER + "cs1Label=Name cs1=a cs2Label=Name cs2=b");

        assertEquals(List.of(entry("Name", "a")), labels(message));
        assertEquals(List.of("duplicate custom field label 'Name' on 'cs2': keeping the value of 'cs1'"),
                message.warnings());
    }

    @Test
    void extensionIsFoundByShortOrFullName() {
        CefMessage message = CefScanner.scan(HEADER + "src=10.0.0.1 destinationAddress=10.0.0.2 vendorKey=x");

        assertEquals("10.0.0.1", message.extension("src"));
        assertEquals("10.0.0.1", message.extension("sourceAddress"));
        assertEquals("10.0.0.2", message.extension("dst"));
        assertEquals("x", message.extension("vendorKey"));
        assertNull(message.extension("spt"));
        assertNull(message.extension("otherKey"));
        assertEquals("sourceAddress", CefMessage.fullName("src"));
    }

    @Test
    void failedScanHasNoExtensionsOrPairs() {
        CefMessage message = CefScanner.scan("CEF:0|V|P");

        assertEquals(true, message.hasError());
        assertEquals(Map.of(), message.extensions());
        assertEquals(Map.of(), message.customFieldsByLabel());
        assertEquals(List.of(), message.warnings());
    }
}
