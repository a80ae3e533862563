package io.github.ecsbridge.benchmarks;

import io.github.ecsbridge.samples.SampleCorpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Raw lines of the golden corpus packaged in the {@code samples} jar, the only input every benchmark reads. Reads
 * the {@code .log} files alone, skipping blank and {@code #} lines as {@link SampleCorpus} does: the expected
 * documents are not needed, and parsing them would add a second to every JMH fork.
 */
public final class CorpusLines {

    private static final String LOG_SUFFIX = ".log";

    private CorpusLines() {
    }

    /** Every line of one {@code <vendor>/<type>.log}, in file order. */
    public static List<String> of(String vendor, String type) {
        return read(SampleCorpus.packaged().logPath(vendor, type));
    }

    /** Every line of every vendor that passes {@code filter}, in corpus order. */
    public static List<String> matching(Predicate<String> filter) {
        SampleCorpus corpus = SampleCorpus.packaged();
        List<String> lines = new ArrayList<>();
        for (String vendor : corpus.vendors()) {
            for (String type : types(vendor)) {
                for (String line : read(corpus.logPath(vendor, type))) {
                    if (filter.test(line)) {
                        lines.add(line);
                    }
                }
            }
        }
        return lines;
    }

    /** Every line of the corpus. */
    public static List<String> all() {
        return matching(line -> true);
    }

    /** The type names of one vendor's files, sorted. */
    public static List<String> types(String vendor) {
        Path directory = SampleCorpus.packaged().root().resolve(vendor);
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(LOG_SUFFIX))
                    .map(name -> name.substring(0, name.length() - LOG_SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static List<String> read(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }
}
