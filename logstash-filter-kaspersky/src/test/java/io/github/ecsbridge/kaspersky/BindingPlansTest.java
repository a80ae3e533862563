package io.github.ecsbridge.kaspersky;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Remembered plans pair values exactly as resolving each event afresh does, and the memory stays bounded. */
class BindingPlansTest {

    private static final String SIGNATURE = "KLPRCI_TaskState";
    private static final ProductMapping KSC =
            new ProductMapping(KasperskyTables.standard().products().get("ksc"), "kaspersky");
    private static final SignatureRules RULES = KSC.rules(SIGNATURE);

    @Test
    void eventsWithTheSameKeysButOtherLabelsOrEmptyValuesGetTheirOwnBindings() {
        BindingPlans plans = new BindingPlans(KSC.vendorPrefix());
        List<Map<String, Object>> events = List.of(
                values("deviceCustomString5", "Update", "deviceCustomString5Label", "TaskName"),
                values("deviceCustomString5", "Update", "deviceCustomString5Label", "ProductName"),
                values("deviceCustomString5", "Update", "deviceCustomString5Label", "Days Left"),
                values("deviceCustomString5", " ", "deviceCustomString5Label", "TaskName"),
                values("deviceCustomString5", "\"x\"", "deviceCustomString5Label", " "),
                values("deviceCustomString5", "Update", "deviceCustomString5Label", "\"TaskName\""),
                values("deviceCustomString5", "Update", "csLabel", "TaskName"),
                values("deviceCustomString5Label", "TaskName", "deviceCustomString5", "Update"),
                values("ProductName", "KES", "destinationHostName", "WS1"));
        for (int round = 0; round < 2; round++) {
            for (Map<String, Object> event : events) {
                assertEquals(LabelResolver.resolve(event, RULES, KSC.vendorPrefix()),
                        plans.resolve(SIGNATURE, RULES, event), event::toString);
            }
        }
    }

    @Test
    void labelsThatAreNoTextAreResolvedWithoutTheMemory() {
        BindingPlans plans = new BindingPlans(KSC.vendorPrefix());
        Map<String, Object> event = values("deviceCustomString5", "Update", "deviceCustomString5Label",
                List.of("TaskName", "Other"));
        assertEquals(LabelResolver.resolve(event, RULES, KSC.vendorPrefix()), plans.resolve(SIGNATURE, RULES, event));
        assertEquals(0, plans.size());
    }

    @Test
    void inventedLabelsDoNotGrowTheMemoryWithoutBound() {
        BindingPlans plans = new BindingPlans(KSC.vendorPrefix());
        for (int i = 0; i < 3 * BindingPlans.MAX_PLANS; i++) {
            Map<String, Object> event = values("deviceCustomString5", "x", "deviceCustomString5Label", "Label" + i);
            assertEquals(LabelResolver.resolve(event, RULES, KSC.vendorPrefix()),
                    plans.resolve(SIGNATURE, RULES, event));
            assertTrue(plans.size() <= BindingPlans.MAX_PLANS);
        }
        Map<String, Object> longLabel = values("deviceCustomString5", "x", "deviceCustomString5Label",
                "L".repeat(BindingPlans.MAX_CHARS));
        plans.resolve(SIGNATURE, RULES, longLabel);
        Map<String, Object> manyKeys = new LinkedHashMap<>();
        for (int i = 0; i <= BindingPlans.MAX_KEYS; i++) {
            manyKeys.put("k" + i, "v");
        }
        int before = plans.size();
        assertEquals(LabelResolver.resolve(manyKeys, RULES, KSC.vendorPrefix()),
                plans.resolve(SIGNATURE, RULES, manyKeys));
        assertTrue(plans.size() <= before);
    }

    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }
}
