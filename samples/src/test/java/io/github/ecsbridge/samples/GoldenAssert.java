package io.github.ecsbridge.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs every line of a sample file through an engine and compares each document with the expected one, reporting
 * every difference of every line at once. With {@code -Dsamples.update=true} it rewrites the expected file from
 * the engine instead; review each changed field against the vendor documentation before committing it.
 */
public final class GoldenAssert {

    /** The time every golden test runs at, so receipt times and year-less dates are reproducible. */
    public static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    /** A clock fixed at {@link #NOW}, in UTC. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Fields an engine adds on its own and that say nothing about the sample ({@code @version} of Logstash). */
    public static final Set<String> ENGINE_FIELDS = Set.of("@version");

    static final String UPDATE_PROPERTY = "samples.update";

    private GoldenAssert() {
    }

    /** Asserts that {@code engine} turns every line of {@code file} into its expected document. */
    public static void assertMatches(SampleFile file, Function<SampleLine, Map<String, Object>> engine) {
        assertMatches(file, engine, Set.of());
    }

    /** As {@link #assertMatches(SampleFile, Function)}, leaving out the named fields on both sides. */
    public static void assertMatches(SampleFile file, Function<SampleLine, Map<String, Object>> engine,
                                     Set<String> ignoredFields) {
        if (file.lines().isEmpty()) {
            throw new AssertionError(file.name() + " has no sample lines");
        }
        List<Map<String, Object>> actual = new ArrayList<>(file.lines().size());
        for (SampleLine line : file.lines()) {
            actual.add(engine.apply(line));
        }
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            rewriteExpected(file, actual);
            return;
        }
        StringBuilder report = new StringBuilder();
        int failing = 0;
        Set<String> ignored = union(ENGINE_FIELDS, ignoredFields);
        for (int i = 0; i < actual.size(); i++) {
            SampleLine line = file.lines().get(i);
            if (line.expected() == null) {
                failing++;
                report.append('\n').append(line.location()).append(": no expected document; got\n")
                        .append(Json.toPrettyString(actual.get(i))).append('\n');
                continue;
            }
            List<String> differences = DocumentDiff.between(line.expected(), actual.get(i), ignored);
            if (!differences.isEmpty()) {
                failing++;
                report.append('\n').append(line.location()).append(": ").append(abbreviate(line.raw())).append('\n');
                differences.forEach(d -> report.append("    ").append(d).append('\n'));
            }
        }
        if (failing > 0) {
            throw new AssertionError(failing + " of " + actual.size() + " documents of " + file.name()
                    + " differ (- expected only, + actual only, ~ different):" + report);
        }
    }

    private static void rewriteExpected(SampleFile file, List<Map<String, Object>> documents) {
        String directory = System.getProperty(SampleCorpus.DIRECTORY_PROPERTY);
        if (directory == null) {
            throw new AssertionError("-D" + UPDATE_PROPERTY + " needs -D" + SampleCorpus.DIRECTORY_PROPERTY
                    + " pointing at the source tree");
        }
        Path target = SampleCorpus.fromDirectory(Path.of(directory)).expectedPath(file.vendor(), file.type());
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> document : documents) {
            Map<String, Object> kept = new LinkedHashMap<>(document);
            ENGINE_FIELDS.forEach(kept::remove);
            text.append(Json.toLine(kept)).append('\n');
        }
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        System.out.println("rewrote " + target + " (" + documents.size() + " documents)");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 160 ? raw : raw.substring(0, 157) + "...";
    }
}
