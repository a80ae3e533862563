package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checked-in Kaspersky pipelines are what the generator makes of the filter's tables: one copy of the mapping. */
class KasperskyPipelineGeneratorTest {

    @Test
    void checkedInPipelinesEqualTheGeneratorOutput() throws IOException {
        for (Map.Entry<String, String> file : KasperskyPipelineGenerator.generate().entrySet()) {
            String resource = KasperskyPipelineGenerator.DIRECTORY + file.getKey();
            String checkedIn;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                checkedIn = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(file.getValue(), checkedIn, resource + " is out of date: run KasperskyPipelineGenerator "
                    + "with src/main/resources as argument");
        }
    }
}
