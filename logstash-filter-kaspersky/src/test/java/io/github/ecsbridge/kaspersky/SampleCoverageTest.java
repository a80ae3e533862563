package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.cef.CefScanner;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks that the golden corpus has a sample for every event class and family the tables name. */
class SampleCoverageTest {

    private static final KasperskyTables TABLES = KasperskyTables.load();

    @Test
    void everyKsmgEventClassHasASample() {
        Set<String> sampled = signatures("ksmg");
        List<String> missing = new ArrayList<>();
        for (EventRule rule : TABLES.products().get("ksmg").events()) {
            for (String id : rule.scope().exactIds()) {
                if (!sampled.contains(id)) {
                    missing.add(id);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKcsFamilyHasASample() {
        Set<String> sampled = signatures("kcs");
        List<String> missing = new ArrayList<>();
        for (EventRule rule : TABLES.products().get("kcs").events()) {
            String scope = rule.scope().toString();
            if (rule.isBase() && scope.endsWith("-*")) {
                String family = scope.substring(0, scope.length() - 1);
                if (sampled.stream().noneMatch(signature -> signature.startsWith(family))) {
                    missing.add(family);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKataAlertTypeHasASample() {
        Set<String> sampled = signatures("kata");
        List<String> missing = new ArrayList<>();
        for (EventRule rule : TABLES.products().get("kata").events()) {
            if (rule.isBase() && rule.group() != null && !rule.group().equals("activity")) {
                for (String id : rule.scope().exactIds()) {
                    if (!sampled.contains(id)) {
                        missing.add(id);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static Set<String> signatures(String type) {
        Set<String> signatures = new LinkedHashSet<>();
        for (SampleLine line : SampleCorpus.standard().file("kaspersky", type).lines()) {
            signatures.add(CefScanner.scan(line.raw()).deviceEventClassId().trim());
        }
        return signatures;
    }
}
