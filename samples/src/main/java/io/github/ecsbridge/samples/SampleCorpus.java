package io.github.ecsbridge.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the golden corpus: {@code <vendor>/<type>.log} files (one raw line per event; blank lines and lines
 * starting with {@code #} are skipped) and, beside each, {@code <type>.expected.ndjson} with the expected document of
 * each event in the same order.
 *
 * <p>Tests read the source tree named by the system property {@value #DIRECTORY_PROPERTY}, so an edited sample is
 * seen without a rebuild; everything else reads the copy packaged under {@code samples/} on the class path.
 */
public final class SampleCorpus {

    /** System property naming the corpus directory in the source tree. */
    public static final String DIRECTORY_PROPERTY = "samples.dir";

    static final String LOG_SUFFIX = ".log";
    static final String EXPECTED_SUFFIX = ".expected.ndjson";

    private final Path root;

    private SampleCorpus(Path root) {
        this.root = root;
    }

    /** The corpus in a directory laid out as {@code <vendor>/<type>.log}. */
    public static SampleCorpus fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("[" + DIRECTORY_PROPERTY + "] is not a directory: " + root);
        }
        return new SampleCorpus(root);
    }

    /** The source-tree corpus when {@value #DIRECTORY_PROPERTY} is set, otherwise the packaged one. */
    public static SampleCorpus standard() {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        return directory != null ? fromDirectory(Path.of(directory)) : packaged();
    }

    /** The copy packaged in this module's jar (or its build output) under {@code samples/}. */
    public static SampleCorpus packaged() {
        URL marker = SampleCorpus.class.getClassLoader().getResource("samples");
        if (marker == null) {
            throw new IllegalStateException("no samples/ directory on the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException notOpenYet) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                return new SampleCorpus(jar.getPath("/samples"));
            }
            return new SampleCorpus(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the packaged samples", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the packaged samples: " + marker, e);
        }
    }

    /** The directory this corpus reads. */
    public Path root() {
        return root;
    }

    /** Every vendor directory's name, sorted. */
    public List<String> vendors() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .map(p -> stripSlash(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Every sample file of a vendor, sorted by type; an unknown vendor has none. */
    public List<SampleFile> files(String vendor) {
        Path directory = root.resolve(vendor);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            List<String> types = children.map(p -> stripSlash(p.getFileName().toString()))
                    .filter(name -> name.endsWith(LOG_SUFFIX))
                    .map(name -> name.substring(0, name.length() - LOG_SUFFIX.length()))
                    .sorted()
                    .toList();
            List<SampleFile> files = new ArrayList<>(types.size());
            for (String type : types) {
                files.add(file(vendor, type));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** One sample file with its expected documents; fails when the expected file has a different count. */
    public SampleFile file(String vendor, String type) {
        Path log = logPath(vendor, type);
        Path expected = expectedPath(vendor, type);
        String name = vendor + "/" + type + LOG_SUFFIX;
        try {
            List<String> rawLines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> expectedLines = Files.exists(expected)
                    ? Files.readAllLines(expected, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList()
                    : List.of();
            List<SampleLine> lines = new ArrayList<>();
            for (int i = 0; i < rawLines.size(); i++) {
                String raw = rawLines.get(i);
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                int index = lines.size();
                Map<String, Object> document = index < expectedLines.size()
                        ? Json.parseObject(expectedLines.get(index)) : null;
                lines.add(new SampleLine(name, i + 1, raw, document));
            }
            if (!expectedLines.isEmpty() && expectedLines.size() != lines.size()) {
                throw new IllegalStateException(vendor + "/" + type + EXPECTED_SUFFIX + " has " + expectedLines.size()
                        + " documents for " + lines.size() + " sample lines");
            }
            return new SampleFile(vendor, type, Collections.unmodifiableList(lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    /** Where a type's raw lines are. */
    public Path logPath(String vendor, String type) {
        return root.resolve(vendor).resolve(type + LOG_SUFFIX);
    }

    /** Where a type's expected documents are. */
    public Path expectedPath(String vendor, String type) {
        return root.resolve(vendor).resolve(type + EXPECTED_SUFFIX);
    }

    private static String stripSlash(String name) {
        // Directory entries of a zip file system end with '/'.
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
