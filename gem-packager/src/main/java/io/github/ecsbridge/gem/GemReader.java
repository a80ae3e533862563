package io.github.ecsbridge.gem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads a {@code .gem} back with JDK code only, so tests can check what RubyGems and Logstash will see. */
public final class GemReader {

    private GemReader() {
    }

    /** Reads the gem file at {@code gem}. */
    public static GemContents read(Path gem) throws IOException {
        return read(Files.readAllBytes(gem));
    }

    /**
     * Reads a gem from its bytes. Fails on a malformed or non-ustar header and on a missing {@code metadata.gz} or
     * {@code data.tar.gz}; it does not compare the checksums, which is left to the caller.
     */
    public static GemContents read(byte[] gem) throws IOException {
        List<TarEntry> members = UstarReader.read(gem);
        byte[] metadata = find(members, GemWriter.METADATA);
        byte[] data = find(members, GemWriter.DATA);
        boolean hasChecksums = members.stream().anyMatch(member -> member.path().equals(GemWriter.CHECKSUMS));
        Map<String, Map<String, String>> checksums = hasChecksums
                ? ChecksumsYaml.parse(new String(Gzip.expand(find(members, GemWriter.CHECKSUMS)), StandardCharsets.UTF_8))
                : Map.of();
        return new GemContents(members, new String(Gzip.expand(metadata), StandardCharsets.UTF_8),
                UstarReader.read(Gzip.expand(data)), checksums);
    }

    private static byte[] find(List<TarEntry> members, String name) {
        return members.stream().filter(member -> member.path().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("[gem] has no " + name + " member"))
                .content();
    }
}
