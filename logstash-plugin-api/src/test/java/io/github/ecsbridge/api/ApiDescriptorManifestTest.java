package io.github.ecsbridge.api;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Proves the compiled API package declares exactly the public surface of the real Logstash API, no more. */
class ApiDescriptorManifestTest {

    @Test
    void compiledApiMatchesManifestExactly() throws Exception {
        Set<String> expected = manifest();
        Set<String> actual = new TreeSet<>();
        for (Class<?> type : ApiSurface.compiledTypes()) {
            actual.addAll(ApiSurface.describe(type));
        }

        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);

        assertEquals(List.of(), missing, "declared in the manifest but not compiled");
        assertEquals(List.of(), extra, "compiled but not in the manifest (the real API lacks it)");
    }

    @Test
    void manifestCoversNineteenTypesOfLogstashEightZero() throws IOException {
        Set<String> types = new TreeSet<>();
        for (String line : manifest()) {
            types.add(line.substring(0, line.indexOf(' ')));
        }
        assertEquals(Set.of("Codec", "Configuration", "Context", "CounterMetric", "DeadLetterQueueWriter",
                "DeprecationLogger", "Event", "EventFactory", "Filter", "FilterMatchListener", "Input",
                "LogstashPlugin", "Metric", "NamespacedMetric", "Output", "Password", "Plugin", "PluginConfigSpec",
                "PluginHelper"), types);
    }

    private static Set<String> manifest() throws IOException {
        Set<String> lines = new TreeSet<>();
        try (InputStream in = ApiDescriptorManifestTest.class.getResourceAsStream("/api-descriptors.txt")) {
            assertNotNull(in, "api-descriptors.txt is missing from the test resources");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        }
        return lines;
    }
}
