package io.github.ecsbridge.gem;

import java.util.List;
import java.util.Map;

/** Everything read back from a {@code .gem}: its outer members, the metadata YAML, the data files and the checksums. */
public final class GemContents {

    private final List<TarEntry> members;
    private final String metadataYaml;
    private final List<TarEntry> dataFiles;
    private final Map<String, Map<String, String>> checksums;

    GemContents(List<TarEntry> members, String metadataYaml, List<TarEntry> dataFiles,
                Map<String, Map<String, String>> checksums) {
        this.members = List.copyOf(members);
        this.metadataYaml = metadataYaml;
        this.dataFiles = List.copyOf(dataFiles);
        this.checksums = Map.copyOf(checksums);
    }

    /** The entries of the outer archive, in archive order. */
    public List<TarEntry> members() {
        return members;
    }

    /** Names of the outer entries, in archive order. */
    public List<String> memberNames() {
        return members.stream().map(TarEntry::path).toList();
    }

    /** Stored (still compressed) bytes of the outer entry {@code name}. */
    public byte[] member(String name) {
        return find(members, name, "member").content();
    }

    /** The decompressed {@code metadata.gz}: the YAML {@code Gem::Specification}. */
    public String metadataYaml() {
        return metadataYaml;
    }

    /** The entries of {@code data.tar.gz}, in archive order. */
    public List<TarEntry> dataFiles() {
        return dataFiles;
    }

    /** Paths of the files in {@code data.tar.gz}, in archive order. */
    public List<String> dataFileNames() {
        return dataFiles.stream().map(TarEntry::path).toList();
    }

    /** Content of the data file at {@code path}. */
    public byte[] dataFile(String path) {
        return find(dataFiles, path, "data file").content();
    }

    /**
     * The decompressed {@code checksums.yaml.gz}: algorithm ({@code SHA256}, {@code SHA512}) to member name to hex
     * digest; empty when the gem has no checksums.
     */
    public Map<String, Map<String, String>> checksums() {
        return checksums;
    }

    private static TarEntry find(List<TarEntry> entries, String path, String kind) {
        return entries.stream().filter(entry -> entry.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("[gem] has no " + kind + " '" + path + "'"));
    }
}
