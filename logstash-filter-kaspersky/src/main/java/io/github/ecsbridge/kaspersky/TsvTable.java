package io.github.ecsbridge.kaspersky;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads one mapping table of this module: UTF-8, {@code #} comment lines, one fixed header row, then rows of
 * tab-separated cells where {@code -} means empty. Every problem names the table and line.
 */
final class TsvTable {

    /** Where the tables live on the class path. */
    static final String DIRECTORY = "io/github/ecsbridge/kaspersky/";

    private static final String EMPTY = "-";

    /** One data row. */
    record Row(String table, int line, String[] cells) {

        /** The cell, or {@code null} when it is {@code -}. */
        String cell(int column) {
            String value = cells[column];
            return EMPTY.equals(value) ? null : value;
        }

        /** The cell, which must not be {@code -}. */
        String required(int column, String name) {
            String value = cell(column);
            if (value == null) {
                throw problem("[" + name + "] must not be empty");
            }
            return value;
        }

        /** An exception naming this row. */
        IllegalStateException problem(String message) {
            return new IllegalStateException(table + " line " + line + ": " + message);
        }
    }

    private TsvTable() {
    }

    /** Reads a table of this directory, checking the header row and the number of cells of every row. */
    static List<Row> read(String name, String header) {
        String resource = DIRECTORY + name;
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing table " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return parse(name, lines, header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Parses the lines of a table; see {@link #read}. */
    static List<Row> parse(String name, List<String> lines, String header) {
        int columns = header.split("\t", -1).length;
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(header)) {
                    throw new IllegalStateException(name + " line " + (i + 1) + ": expected the header row '"
                            + header.replace('\t', ' ') + "'");
                }
                headerSeen = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(name + " line " + (i + 1) + ": expected " + columns
                        + " tab-separated cells, found " + cells.length);
            }
            for (String cell : cells) {
                if (cell.isEmpty() || !cell.equals(cell.trim())) {
                    throw new IllegalStateException(name + " line " + (i + 1)
                            + ": cells must not be empty or padded with spaces (write - for none)");
                }
            }
            rows.add(new Row(name, i + 1, cells));
        }
        if (!headerSeen) {
            throw new IllegalStateException(name + ": no header row");
        }
        return Collections.unmodifiableList(rows);
    }
}
