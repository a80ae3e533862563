package io.github.ecsbridge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Markdown files whose snippets the docs test checks: docs/*.md, the root README.md, the plugins' README.md and
 * the ingest pipelines' README.md.
 */
final class ProjectDocs {

    private ProjectDocs() {
    }

    /**
     * The project root: the parent of the module directory the tests run in (or that directory itself), whichever
     * holds {@code docs/} and {@code pom.xml}.
     */
    static Path root() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        for (Path candidate : new Path[] {workingDirectory.getParent(), workingDirectory}) {
            if (candidate != null && Files.isDirectory(candidate.resolve("docs"))
                    && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find the project root: neither " + workingDirectory
                + " nor its parent holds docs/ and pom.xml; run the tests from the cli module directory");
    }

    /** The snippets of every checked file under {@code root}, files in name order. */
    static List<MarkdownSnippets> read(Path root) {
        List<MarkdownSnippets> snippets = new ArrayList<>();
        for (Path file : files(root)) {
            try {
                String name = root.relativize(file).toString().replace('\\', '/');
                snippets.add(MarkdownSnippets.of(name, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return snippets;
    }

    private static List<Path> files(Path root) {
        List<Path> files = new ArrayList<>();
        files.addAll(matching(root.resolve("docs"), "*.md"));
        files.add(root.resolve("README.md"));
        files.add(root.resolve("ingest-pipelines/README.md"));
        // The Logstash plugins are the modules named after their kind: logstash-input-*, logstash-filter-*.
        for (Path module : matching(root, "logstash-{input,filter,output,codec}-*")) {
            Path readme = module.resolve("README.md");
            if (Files.isRegularFile(readme)) {
                files.add(readme);
            }
        }
        return files;
    }

    private static List<Path> matching(Path directory, String glob) {
        try (Stream<Path> paths = Files.list(directory)) {
            var matcher = directory.getFileSystem().getPathMatcher("glob:" + glob);
            return paths.filter(path -> matcher.matches(path.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
