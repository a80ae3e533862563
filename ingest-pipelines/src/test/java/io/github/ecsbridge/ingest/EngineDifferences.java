package io.github.ecsbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The documented differences between the ingest pipelines and the Logstash filters on the golden corpus, read from
 * {@value #RESOURCE} (columns: sample as {@code vendor/type}, field, reason). A field listed there is left out of
 * the comparison for that sample file only.
 */
final class EngineDifferences {

    static final String RESOURCE = "engine-differences.tsv";

    private EngineDifferences() {
    }

    /** The fields not compared for {@code vendor/type}. */
    static Set<String> fields(String sample) {
        Set<String> fields = new HashSet<>();
        try (InputStream in = EngineDifferences.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3 || cells[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": every row needs sample, field and reason: " + line);
                }
                if (cells[0].equals(sample)) {
                    fields.add(cells[1]);
                }
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
