package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checked-in field files are what the generators make of the tables: one copy of each list of fields. */
class GeneratedFieldFilesTest {

    @Test
    void checkedInFieldFilesEqualTheGeneratorOutput() throws IOException {
        for (Map.Entry<String, String> file : GeneratedFieldFiles.generate().entrySet()) {
            assertEquals(file.getValue(), checkedIn(file.getKey()), file.getKey() + " is out of date: run "
                    + "GeneratedFieldFiles with src/main/resources as argument");
        }
    }

    private String checkedIn(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
