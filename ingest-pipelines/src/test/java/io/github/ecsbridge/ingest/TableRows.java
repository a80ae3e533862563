package io.github.ecsbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated mapping tables of cef-core and the kaspersky filter from the class path. */
final class TableRows {

    private TableRows() {
    }

    /**
     * The rows of {@code resource} after its header, each as its cells, {@code -} read as {@code null}; comment and
     * blank lines are skipped. The header must be {@code header}, so that a changed table format fails loudly here
     * instead of generating a wrong pipeline.
     */
    static List<List<String>> read(String resource, String header) {
        List<List<String>> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (String line : text(resource).split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(header)) {
                    throw new IllegalStateException(resource + ": header must be '" + header + "', got '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            cells.replaceAll(cell -> cell.equals("-") ? null : cell);
            rows.add(cells);
        }
        return rows;
    }

    private static String text(String resource) {
        try (InputStream in = TableRows.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** A text resource of this module, such as a painless script. */
    static String resourceText(String resource) {
        return text(resource);
    }
}
