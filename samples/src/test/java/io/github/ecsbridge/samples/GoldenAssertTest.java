package io.github.ecsbridge.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldenAssertTest {

    private static final SampleFile FILE = new SampleFile("acme", "web", List.of(
            new SampleLine("acme/web.log", 1, "alpha", Map.of("message", "alpha")),
            new SampleLine("acme/web.log", 2, "beta", Map.of("message", "beta", "event", Map.of("code", "7")))));

    @Test
    void matchingEngineIsAccepted() {
        GoldenAssert.assertMatches(FILE, line -> line.expected());
    }

    @Test
    void logstashVersionFieldIsNotPartOfTheContract() {
        GoldenAssert.assertMatches(FILE, line -> {
            Map<String, Object> doc = new HashMap<>(line.expected());
            doc.put("@version", "1");
            return doc;
        });
    }

    @Test
    void everyDifferingLineIsReportedWithItsPlace() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> GoldenAssert.assertMatches(FILE, line -> Map.of("message", line.raw())));

        assertEquals("1 of 2 documents of acme/web differ (- expected only, + actual only, ~ different):\n"
                + "acme/web.log:2: beta\n"
                + "    - event.code: \"7\"\n", e.getMessage());
    }

    @Test
    void aFileWithoutLinesProvesNothing() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> GoldenAssert.assertMatches(new SampleFile("acme", "none", List.of()), line -> Map.of()));

        assertEquals("acme/none has no sample lines", e.getMessage());
    }
}
