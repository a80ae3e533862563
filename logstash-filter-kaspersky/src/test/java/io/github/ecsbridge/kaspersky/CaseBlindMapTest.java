package io.github.ecsbridge.kaspersky;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CaseBlindMapTest {

    @Test
    void findsWhatACaseInsensitiveTreeMapFinds() {
        Map<String, Integer> tree = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        tree.put("deviceCustomString1", 1);
        tree.put("cs1Label", 2);
        tree.put("Kelvin", 3);
        CaseBlindMap<Integer> map = new CaseBlindMap<>(tree);
        for (String key : new String[] {"deviceCustomString1", "DEVICECUSTOMSTRING1", "cs1label", "CS1LABEL",
                "\u212Aelvin", "kelvin", "cs2Label", "", "deviceCustomString"}) {
            assertEquals(tree.get(key), map.get(key), key);
        }
        assertNull(new CaseBlindMap<>(Map.of()).get("any"));
    }
}
