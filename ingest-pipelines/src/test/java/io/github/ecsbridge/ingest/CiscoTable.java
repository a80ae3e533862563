package io.github.ecsbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one tab-separated table of the {@code cisco_esa} filter from the class path, in the filter's format. */
final class CiscoTable {

    /** Where the filter keeps its tables. */
    static final String ROOT = "io/github/ecsbridge/ciscoesa/";
    /** The filter's shorthand for the vendor namespace in its tables. */
    static final String SHORTHAND = "~.";
    static final String VENDOR = "cisco_secure_email_gateway.log.";

    private CiscoTable() {
    }

    /** The rows of {@code name} (comments and blank lines skipped); each must have {@code columns} cells. */
    static List<String[]> read(String name, int columns) {
        try (InputStream in = CiscoTable.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + name + " is not on the class path");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(name + ": expected " + columns + " columns in '" + line + "'");
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expands the {@code ~.} shorthand, as the filter's {@code FieldNames.expand} does. */
    static String expand(String name) {
        return name.startsWith(SHORTHAND) ? VENDOR + name.substring(SHORTHAND.length()) : name;
    }
}
