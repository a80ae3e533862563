package io.github.ecsbridge.gem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Assembles a {@code .gem}: an uncompressed ustar holding {@code metadata.gz}, {@code data.tar.gz} and
 * {@code checksums.yaml.gz}, in the order RubyGems writes them.
 */
final class GemWriter {

    static final String METADATA = "metadata.gz";
    static final String DATA = "data.tar.gz";
    static final String CHECKSUMS = "checksums.yaml.gz";
    /** Mode of the three outer members, as RubyGems writes them. */
    static final int MEMBER_MODE = 0444;
    /** Mode of every file inside {@code data.tar.gz}; none of them is executable. */
    static final int FILE_MODE = 0644;

    private GemWriter() {
    }

    /** Writes {@code <outputDirectory>/<gem>-<version>-java.gem}, creating the directory if needed. */
    static Path write(GemSpecification spec, GemSources sources, Path outputDirectory) throws IOException {
        byte[] gem = build(spec, sources);
        Files.createDirectories(outputDirectory);
        Path target = outputDirectory.resolve(spec.gemFileName());
        // A half-written gem left behind by a failed build would look installable.
        Path partial = outputDirectory.resolve(spec.gemFileName() + ".partial");
        try {
            Files.write(partial, gem);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    static byte[] build(GemSpecification spec, GemSources sources) throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put(METADATA, Gzip.compress(utf8(MetadataYaml.render(spec))));
        members.put(DATA, Gzip.compress(dataTar(spec, sources)));
        byte[] checksums = Gzip.compress(utf8(ChecksumsYaml.render(members)));

        ByteArrayOutputStream gem = new ByteArrayOutputStream();
        UstarWriter tar = new UstarWriter(gem, GemSpecification.BUILD_TIME);
        for (Map.Entry<String, byte[]> member : members.entrySet()) {
            tar.add(member.getKey(), MEMBER_MODE, member.getValue());
        }
        tar.add(CHECKSUMS, MEMBER_MODE, checksums);
        tar.finish();
        return gem.toByteArray();
    }

    private static byte[] dataTar(GemSpecification spec, GemSources sources) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        files.put("LICENSE", Files.readAllBytes(sources.license()));
        files.put("README.md", Files.readAllBytes(sources.readme()));
        files.put("VERSION", utf8(spec.version() + "\n"));
        files.put("docs/index.asciidoc", Files.readAllBytes(sources.docs()));
        files.put(spec.gemspecPath(), utf8(StaticGemspec.render(spec)));
        files.put(spec.jarLoaderPath(), utf8(JarLoaderScript.render(spec)));
        files.put(spec.shimPath(), utf8(RubyShim.render(spec)));
        files.put(spec.jarPath(), Files.readAllBytes(sources.jar()));
        // The metadata and the embedded gemspec list spec.files(); the archive must hold exactly those.
        if (!files.keySet().equals(Set.copyOf(spec.files()))) {
            throw new IllegalStateException("[gem] data files " + files.keySet() + " differ from the listed files "
                    + spec.files());
        }

        ByteArrayOutputStream data = new ByteArrayOutputStream();
        UstarWriter tar = new UstarWriter(data, GemSpecification.BUILD_TIME);
        for (String path : spec.files()) {
            tar.add(path, FILE_MODE, files.get(path));
        }
        tar.finish();
        return data.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
