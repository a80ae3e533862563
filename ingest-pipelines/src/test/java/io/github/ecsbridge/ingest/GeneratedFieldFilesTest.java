package io.github.ecsbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The checked-in field files are what the generators make of the tables: one copy of each list of fields. */
class GeneratedFieldFilesTest {

    @Test
    void cefFieldsAreTheKeyDictionary() throws IOException {
        assertEquals(CefFieldsGenerator.generate(), checkedIn(CefFieldsGenerator.FILE),
                CefFieldsGenerator.FILE + " is out of date: run CefFieldsGenerator with src/main/resources as argument");
    }

    @Test
    void kasperskyFieldsAreTheFilterTables() throws IOException {
        assertEquals(KasperskyFieldsGenerator.generate(), checkedIn(KasperskyFieldsGenerator.FILE),
                KasperskyFieldsGenerator.FILE + " is out of date: run KasperskyFieldsGenerator with src/main/resources"
                        + " as argument");
    }

    private String checkedIn(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
