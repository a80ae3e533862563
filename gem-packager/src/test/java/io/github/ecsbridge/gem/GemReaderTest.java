package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GemReaderTest {

    private static final Instant MTIME = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void gemWithoutChecksumsHasNone() throws IOException {
        byte[] gem = outerTar(Map.of(
                "metadata.gz", Gzip.compress(bytes("--- {}\n")),
                "data.tar.gz", Gzip.compress(dataTar())));
        GemContents contents = GemReader.read(gem);
        assertEquals(Map.of(), contents.checksums());
        assertEquals("--- {}\n", contents.metadataYaml());
        assertEquals(List.of("VERSION"), contents.dataFileNames());
    }

    @Test
    void gemWithoutMetadataIsRejected() throws IOException {
        byte[] gem = outerTar(Map.of("data.tar.gz", Gzip.compress(dataTar())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GemReader.read(gem));
        assertEquals("[gem] has no metadata.gz member", e.getMessage());
    }

    @Test
    void askingForAnAbsentDataFileFails() throws IOException {
        byte[] gem = outerTar(Map.of(
                "metadata.gz", Gzip.compress(bytes("--- {}\n")),
                "data.tar.gz", Gzip.compress(dataTar())));
        GemContents contents = GemReader.read(gem);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> contents.dataFile("README.md"));
        assertEquals("[gem] has no data file 'README.md'", e.getMessage());
    }

    private static byte[] dataTar() throws IOException {
        return outerTar(Map.of("VERSION", bytes("0.1.0\n")));
    }

    private static byte[] outerTar(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UstarWriter writer = new UstarWriter(out, MTIME);
        for (Map.Entry<String, byte[]> member : members.entrySet()) {
            writer.add(member.getKey(), 0444, member.getValue());
        }
        writer.finish();
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
