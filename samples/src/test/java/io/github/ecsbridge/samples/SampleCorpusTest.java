package io.github.ecsbridge.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusTest {

    @TempDir
    Path root;

    @Test
    void commentsAndBlankLinesAreNotEvents() throws IOException {
        write("acme/web.log", "# a comment\n\nfirst line\n  \nsecond line\n");
        write("acme/web.expected.ndjson", "{\"message\":\"first line\"}\n{\"message\":\"second line\",\"n\":1}\n");

        SampleFile file = SampleCorpus.fromDirectory(root).file("acme", "web");

        assertEquals(List.of(
                new SampleLine("acme/web.log", 3, "first line", Map.of("message", "first line")),
                new SampleLine("acme/web.log", 5, "second line", Map.of("message", "second line", "n", 1L))),
                file.lines());
    }

    @Test
    void missingExpectedFileLeavesDocumentsUnset() throws IOException {
        write("acme/web.log", "only line\n");

        SampleLine line = SampleCorpus.fromDirectory(root).file("acme", "web").lines().get(0);

        assertNull(line.expected());
    }

    @Test
    void expectedFileWithAnotherCountIsRejected() throws IOException {
        write("acme/web.log", "one\ntwo\n");
        write("acme/web.expected.ndjson", "{}\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SampleCorpus.fromDirectory(root).file("acme", "web"));

        assertEquals("acme/web.expected.ndjson has 1 documents for 2 sample lines", e.getMessage());
    }

    @Test
    void filesAndVendorsAreListedInOrder() throws IOException {
        write("zeta/b.log", "x\n");
        write("zeta/a.log", "y\n");
        write("alpha/c.log", "z\n");
        write("alpha/c.expected.ndjson", "{}\n");

        SampleCorpus corpus = SampleCorpus.fromDirectory(root);

        assertEquals(List.of("alpha", "zeta"), corpus.vendors());
        assertEquals(List.of("zeta/a", "zeta/b"), corpus.files("zeta").stream().map(SampleFile::name).toList());
        assertEquals(List.of(), corpus.files("nobody"));
    }

    @Test
    void notADirectoryIsReportedWithTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleCorpus.fromDirectory(root.resolve("absent")));

        assertEquals("[samples.dir] is not a directory: " + root.resolve("absent"), e.getMessage());
    }

    private void write(String name, String text) throws IOException {
        Path path = root.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
