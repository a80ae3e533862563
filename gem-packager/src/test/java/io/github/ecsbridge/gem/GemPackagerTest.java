package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GemPackagerTest {

    @TempDir
    Path directory;

    private GemFixture fixture;

    @BeforeEach
    void createSources() throws IOException {
        fixture = new GemFixture(directory);
    }

    @Test
    void writesTheGemNamedAfterNameVersionAndPlatform() throws IOException {
        Path gem = GemPackager.run(fixture.arguments().toArray(String[]::new));
        assertEquals(fixture.output.resolve("logstash-filter-kaspersky-0.1.0-java.gem"), gem);
        try (var files = Files.list(fixture.output)) {
            assertEquals(List.of(gem), files.toList());
        }
    }

    @Test
    void outerMembersAreMetadataDataAndChecksumsInThatOrder() throws IOException {
        GemContents gem = GemReader.read(GemPackager.run(fixture.arguments().toArray(String[]::new)));

        assertEquals(List.of("metadata.gz", "data.tar.gz", "checksums.yaml.gz"), gem.memberNames());
        for (TarEntry member : gem.members()) {
            assertEquals(0444, member.mode(), member.path());
            assertEquals('0', member.typeflag(), member.path());
            assertEquals("wheel", member.uname(), member.path());
            assertEquals("wheel", member.gname(), member.path());
            assertEquals(Instant.parse("2026-01-01T00:00:00Z"), member.mtime(), member.path());
        }
    }

    @Test
    void dataHoldsTheListedFilesWithTheirContent() throws IOException {
        GemSpecification spec = GemFixture.specification();
        GemContents gem = GemReader.read(GemPackager.run(fixture.arguments().toArray(String[]::new)));

        assertEquals(spec.files(), gem.dataFileNames());
        assertArrayEquals(Files.readAllBytes(fixture.jar), gem.dataFile(GemFixture.JAR_PATH));
        assertArrayEquals(Files.readAllBytes(fixture.readme), gem.dataFile("README.md"));
        assertArrayEquals(Files.readAllBytes(fixture.license), gem.dataFile("LICENSE"));
        assertArrayEquals(Files.readAllBytes(fixture.docs), gem.dataFile("docs/index.asciidoc"));
        assertEquals("0.1.0\n", text(gem.dataFile("VERSION")));
        assertEquals(StaticGemspec.render(spec), text(gem.dataFile("logstash-filter-kaspersky.gemspec")));
        assertEquals(RubyShim.render(spec), text(gem.dataFile("lib/logstash/filters/kaspersky.rb")));
        assertEquals(JarLoaderScript.render(spec), text(gem.dataFile("lib/logstash-filter-kaspersky_jars.rb")));
        assertEquals(MetadataYaml.render(spec), gem.metadataYaml());
        for (TarEntry file : gem.dataFiles()) {
            assertEquals(0644, file.mode(), file.path());
            assertEquals("wheel", file.uname(), file.path());
        }
    }

    @Test
    void vendoredJarPathUsesTheUstarPrefixField() throws IOException {
        GemContents gem = GemReader.read(GemPackager.run(fixture.arguments().toArray(String[]::new)));
        TarEntry jar = gem.dataFiles().get(gem.dataFiles().size() - 1);
        assertEquals("vendor/jar-dependencies/io/github/ecsbridge/logstash-filter-kaspersky/0.1.0", jar.prefix());
        assertEquals("logstash-filter-kaspersky-0.1.0.jar", jar.name());
    }

    @Test
    void checksumsMatchTheStoredCompressedMembers() throws IOException {
        GemContents gem = GemReader.read(GemPackager.run(fixture.arguments().toArray(String[]::new)));
        byte[] metadata = gem.member("metadata.gz");
        byte[] data = gem.member("data.tar.gz");

        assertEquals(Map.of(
                "SHA256", Map.of("metadata.gz", digest("SHA-256", metadata), "data.tar.gz", digest("SHA-256", data)),
                "SHA512", Map.of("metadata.gz", digest("SHA-512", metadata), "data.tar.gz", digest("SHA-512", data))),
                gem.checksums());
    }

    @Test
    void sameInputsGiveTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(GemPackager.run(fixture.arguments().toArray(String[]::new)));
        // Changed file times and another output directory must not leak into the gem.
        Files.setLastModifiedTime(fixture.jar, FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
        Files.setLastModifiedTime(fixture.readme, FileTime.from(Instant.parse("2011-02-03T04:05:06Z")));
        Path otherOutput = directory.resolve("elsewhere");
        byte[] second = Files.readAllBytes(GemPackager.run(fixture.argumentsWith("output", otherOutput.toString())));
        assertArrayEquals(first, second);
    }

    @Test
    void rewritingReplacesThePreviousGem() throws IOException {
        Path gem = GemPackager.run(fixture.arguments().toArray(String[]::new));
        Files.writeString(fixture.readme, "# Changed\n");
        GemPackager.run(fixture.arguments().toArray(String[]::new));
        assertEquals("# Changed\n", text(GemReader.read(gem).dataFile("README.md")));
        try (var files = Files.list(fixture.output)) {
            assertEquals(List.of(gem), files.toList());
        }
    }

    @Test
    void invalidArgumentsWriteNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GemPackager.main(fixture.argumentsWith("type", "output")));
        assertEquals("[type] must be one of [input, filter], got 'output'", e.getMessage());
        assertFalse(Files.exists(fixture.output));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String digest(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
