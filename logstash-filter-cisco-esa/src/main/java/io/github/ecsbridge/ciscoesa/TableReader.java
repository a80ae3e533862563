package io.github.ecsbridge.ciscoesa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated resource tables of this package: one row per line, {@code #} comments and blank lines
 * skipped, a fixed number of columns per table.
 */
final class TableReader {

    /** One row of a table, with its place in the file for error messages. */
    record Row(String resource, int line, String[] columns) {

        String get(int index) {
            return columns[index];
        }

        /** An error about this row in "[resource:line] reason" form. */
        IllegalStateException error(String reason) {
            return new IllegalStateException("[" + resource + ":" + line + "] " + reason);
        }
    }

    private TableReader() {
    }

    /** All rows of a resource beside this class; each must have exactly {@code columns} columns. */
    static List<Row> read(String resource, int columns) {
        InputStream in = TableReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("[" + resource + "] resource is missing");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Row row = new Row(resource, number, cells);
                if (cells.length != columns) {
                    throw row.error("expected " + columns + " columns, got " + cells.length);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
