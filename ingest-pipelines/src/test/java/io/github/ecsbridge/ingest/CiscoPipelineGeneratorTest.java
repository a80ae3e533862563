package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checked-in Cisco pipelines are exactly what {@link CiscoPipelineGenerator} makes of the filter's tables.
 * After changing a table or a script, {@code -Dpipelines.update=true} rewrites them; review the diff.
 */
class CiscoPipelineGeneratorTest {

    private static final Path DIRECTORY = Path.of("src/main/resources").resolve(CiscoPipelineGenerator.DIRECTORY);

    @Test
    void checkedInPipelinesAreTheGeneratedOnes() throws IOException {
        Map<String, String> generated = CiscoPipelineGenerator.generate();
        if (Boolean.getBoolean("pipelines.update")) {
            for (Map.Entry<String, String> file : generated.entrySet()) {
                Files.writeString(DIRECTORY.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path path = DIRECTORY.resolve(file.getKey());
            if (!Files.exists(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                stale.add(file.getKey());
            }
        }
        assertEquals(List.of(), stale, "differ from the generator's output; rerun with -Dpipelines.update=true");
    }

    @Test
    void everyLogTypeHasAPipelineWithWork() {
        for (String type : CiscoPipelineGenerator.LOG_TYPES) {
            String json = CiscoPipelineGenerator.generate().get("pipeline_" + type + ".json");
            assertEquals(true, json.contains("\"script\""), type + " pipeline runs no script");
        }
    }
}
