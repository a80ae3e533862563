package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UstarArchiveTest {

    private static final Instant MTIME = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void entriesReadBackWithTheirPathsModesTimesAndContent() throws IOException {
        byte[] jar = filled(513, (byte) 7);
        byte[] tar = archive(writer -> {
            writer.add("VERSION", 0644, "0.1.0\n".getBytes(StandardCharsets.UTF_8));
            writer.add("empty", 0444, new byte[0]);
            writer.add(GemFixture.JAR_PATH, 0644, jar);
        });

        List<TarEntry> entries = UstarReader.read(tar);

        assertEquals(List.of("VERSION", "empty", GemFixture.JAR_PATH), entries.stream().map(TarEntry::path).toList());
        assertEquals("0.1.0\n", new String(entries.get(0).content(), StandardCharsets.UTF_8));
        assertEquals(0, entries.get(1).content().length);
        assertArrayEquals(jar, entries.get(2).content());
        assertEquals(List.of(0644, 0444, 0644), entries.stream().map(TarEntry::mode).toList());
        assertEquals(MTIME, entries.get(2).mtime());
        assertEquals('0', entries.get(2).typeflag());
        assertEquals("wheel", entries.get(2).uname());
        assertEquals("wheel", entries.get(2).gname());
        assertEquals("logstash-filter-kaspersky-0.1.0.jar", entries.get(2).name());
        assertEquals("vendor/jar-dependencies/io/github/ecsbridge/logstash-filter-kaspersky/0.1.0",
                entries.get(2).prefix());
    }

    @Test
    void contentIsPaddedToWholeBlocksAndTheArchiveEndsWithTwoZeroBlocks() throws IOException {
        byte[] tar = archive(writer -> {
            writer.add("one", 0644, filled(1, (byte) 1));
            writer.add("block", 0644, filled(512, (byte) 2));
            writer.add("more", 0644, filled(513, (byte) 3));
        });

        // headers 3 * 512, contents 512 + 512 + 1024, end 1024
        assertEquals(3 * 512 + 2048 + 1024, tar.length);
        assertArrayEquals(new byte[511], Arrays.copyOfRange(tar, 513, 1024));
        assertArrayEquals(new byte[1024], Arrays.copyOfRange(tar, tar.length - 1024, tar.length));
    }

    @Test
    void sameEntriesGiveTheSameBytes() throws IOException {
        Archive content = writer -> {
            writer.add("a", 0644, filled(10, (byte) 'a'));
            writer.add(GemFixture.JAR_PATH, 0644, filled(600, (byte) 'j'));
        };
        assertArrayEquals(archive(content), archive(content));
    }

    @Test
    void archiveWithoutEndBlocksIsRejected() throws IOException {
        byte[] tar = archive(writer -> writer.add("a", 0644, filled(10, (byte) 'a')));
        byte[] truncated = Arrays.copyOf(tar, 1024);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UstarReader.read(truncated));
        assertEquals("[tar] archive ends at byte 1024 without the two zero blocks that close it", e.getMessage());
    }

    @Test
    void entryLongerThanTheArchiveIsRejected() throws IOException {
        byte[] tar = archive(writer -> writer.add("a", 0644, filled(1000, (byte) 'a')));
        byte[] truncated = Arrays.copyOf(tar, 1024);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UstarReader.read(truncated));
        assertEquals("[tar] entry 'a' at offset 0 has 1000 bytes but only 512 remain", e.getMessage());
    }

    private interface Archive {
        void write(UstarWriter writer) throws IOException;
    }

    private static byte[] archive(Archive content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        UstarWriter writer = new UstarWriter(bytes, MTIME);
        content.write(writer);
        writer.finish();
        return bytes.toByteArray();
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
