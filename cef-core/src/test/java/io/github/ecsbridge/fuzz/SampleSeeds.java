package io.github.ecsbridge.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzz seeds taken from the golden corpus at test time, so the seeds follow the samples without a copy to keep in
 * step. cef-core cannot depend on the samples module (which packages the corpus for the plugins), so it reads the
 * source tree named by the {@code samples.dir} property the build sets for every test run.
 */
public final class SampleSeeds {

    private SampleSeeds() {
    }

    /** The raw lines of every {@code <vendor>/<type>.log}, as UTF-8 bytes; blank and {@code #} lines left out. */
    public static Stream<byte[]> lines() {
        String directory = System.getProperty("samples.dir");
        if (directory == null) {
            return Stream.empty();
        }
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(directory), 2)) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        seeds.add(line.getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the samples in " + directory, e);
        }
        return seeds.stream();
    }
}
