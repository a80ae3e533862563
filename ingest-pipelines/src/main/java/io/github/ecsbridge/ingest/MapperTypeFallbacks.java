package io.github.ecsbridge.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The table of mapper types some clusters lack and the type written in their place ({@code mapper-type-fallbacks.tsv}). */
public final class MapperTypeFallbacks {

    static final String RESOURCE = "io/github/ecsbridge/ingest/mapper-type-fallbacks.tsv";

    private final Map<String, String> fallbacks;

    MapperTypeFallbacks(Map<String, String> fallbacks) {
        this.fallbacks = Map.copyOf(fallbacks);
    }

    /** The table shipped with the assets. */
    public static MapperTypeFallbacks standard() {
        try (InputStream in = MapperTypeFallbacks.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("[fallbacks] " + RESOURCE + " is not on the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("[fallbacks] cannot read " + RESOURCE, e);
        }
    }

    static MapperTypeFallbacks parse(InputStream in) throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || columns[0].isEmpty() || columns[1].isEmpty()) {
                throw new IllegalStateException("[fallbacks] line " + number + ": expected type, fallback, note");
            }
            if (table.put(columns[0], columns[1]) != null) {
                throw new IllegalStateException("[fallbacks] line " + number + ": duplicate type " + columns[0]);
            }
        }
        return new MapperTypeFallbacks(table);
    }

    /** The types that have a fallback. */
    public Set<String> types() {
        return fallbacks.keySet();
    }

    /** The type written instead of {@code type} on a cluster that lacks it. */
    public Optional<String> fallback(String type) {
        return Optional.ofNullable(fallbacks.get(type));
    }
}
