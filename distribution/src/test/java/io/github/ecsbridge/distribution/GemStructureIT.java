package io.github.ecsbridge.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.logstash.api.LogstashPlugin;
import io.github.ecsbridge.gem.GemContents;
import io.github.ecsbridge.gem.GemReader;
import io.github.ecsbridge.gem.TarEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every built gem with JDK code and checks what RubyGems and Logstash rely on: ustar layout, checksums,
 * metadata, the embedded gemspec, the Ruby files and the single shaded jar.
 */
class GemStructureIT {

    static List<ShippedPlugin> plugins() {
        return ShippedPlugin.ALL;
    }

    /** Logstash supplies these at run time; a bundled copy would shadow or clash with its own. */
    private static final List<String> FORBIDDEN_PREFIXES =
            List.of("co/elastic/logstash/", "org/logstash/", "org/apache/logging/log4j/");
    private static final Pattern MULTI_RELEASE = Pattern.compile("^META-INF/versions/[0-9]+/");

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void outerMembersAreMetadataDataAndChecksumsInOrder(ShippedPlugin plugin) throws IOException {
        GemContents gem = read(plugin);
        assertEquals(List.of("metadata.gz", "data.tar.gz", "checksums.yaml.gz"), gem.memberNames());
        for (TarEntry member : gem.members()) {
            assertEquals(0444, member.mode(), member.path());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void everyEntryIsAPlainUstarFileWhoseNameFitsItsFields(ShippedPlugin plugin) throws IOException {
        GemContents gem = read(plugin);
        List<TarEntry> entries = new ArrayList<>(gem.members());
        entries.addAll(gem.dataFiles());
        for (TarEntry entry : entries) {
            // A GNU long-name ('L') or PAX ('x') entry would be read by RubyGems 3.3 as a truncated name.
            assertEquals('0', entry.typeflag(), entry.path());
            int nameBytes = entry.name().getBytes(StandardCharsets.UTF_8).length;
            int prefixBytes = entry.prefix().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(nameBytes <= 100 && prefixBytes <= 155, entry.path());
            assertTrue(entry.path().getBytes(StandardCharsets.UTF_8).length <= 100 || prefixBytes > 0, entry.path());
        }
        TarEntry jar = gem.dataFiles().get(gem.dataFiles().size() - 1);
        assertEquals(plugin.jarFileName(), jar.name());
        assertEquals(plugin.jarPath(), jar.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void checksumsMatchTheStoredMembers(ShippedPlugin plugin) throws IOException {
        GemContents gem = read(plugin);
        byte[] metadata = gem.member("metadata.gz");
        byte[] data = gem.member("data.tar.gz");
        assertEquals(Map.of(
                "SHA256", Map.of("metadata.gz", hex("SHA-256", metadata), "data.tar.gz", hex("SHA-256", data)),
                "SHA512", Map.of("metadata.gz", hex("SHA-512", metadata), "data.tar.gz", hex("SHA-512", data))),
                gem.checksums());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void metadataMarksAJavaPluginOfItsGroup(ShippedPlugin plugin) throws IOException {
        String yaml = read(plugin).metadataYaml();
        assertEquals("--- !ruby/object:Gem::Specification", yaml.lines().findFirst().orElseThrow());
        assertEquals(List.of("name: '" + plugin.gem() + "'"), block(yaml, "name"));
        assertEquals(List.of("version: !ruby/object:Gem::Version", "  version: '" + plugin.version() + "'"),
                block(yaml, "version"));
        assertEquals(List.of("platform: 'java'"), block(yaml, "platform"));
        assertEquals(List.of("metadata:",
                "  logstash_plugin: 'true'",
                "  logstash_group: '" + plugin.type() + "'",
                "  java_plugin: 'true'"), block(yaml, "metadata"));
        assertEquals(List.of("require_paths:", "- 'lib'", "- 'vendor/jar-dependencies'"),
                block(yaml, "require_paths"));
        assertEquals(List.of("licenses:", "- 'Apache-2.0'"), block(yaml, "licenses"));
        List<String> files = new ArrayList<>(List.of("files:"));
        plugin.expectedFiles().forEach(file -> files.add("- '" + file + "'"));
        assertEquals(files, block(yaml, "files"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void dataHoldsExactlyTheListedFiles(ShippedPlugin plugin) throws IOException {
        GemContents gem = read(plugin);
        assertEquals(plugin.expectedFiles(), gem.dataFileNames());
        assertEquals(plugin.version() + "\n", text(gem.dataFile("VERSION")));
        assertTrue(text(gem.dataFile("LICENSE")).contains("Apache License"), "LICENSE");
        assertTrue(gem.dataFile("README.md").length > 0, "README.md");
        assertTrue(gem.dataFile("docs/index.asciidoc").length > 0, "docs/index.asciidoc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void embeddedGemspecRepeatsNameVersionPlatformPathsMetadataAndFiles(ShippedPlugin plugin) throws IOException {
        GemContents gem = read(plugin);
        List<String> lines = text(gem.dataFile(plugin.gemspecPath())).lines().toList();
        assertContains(lines, "  s.name = '" + plugin.gem() + "'");
        assertContains(lines, "  s.version = '" + plugin.version() + "'");
        assertContains(lines, "  s.platform = 'java'");
        assertContains(lines, "  s.require_paths = ['lib', 'vendor/jar-dependencies']");
        assertContains(lines, "  s.metadata = { 'logstash_plugin' => 'true', 'logstash_group' => '" + plugin.type()
                + "', 'java_plugin' => 'true' }");
        int start = lines.indexOf("  s.files = [");
        int end = lines.indexOf("  ]");
        List<String> listed = lines.subList(start + 1, end).stream()
                .map(line -> line.strip().replaceAll("^'(.*)',$", "$1")).toList();
        assertEquals(gem.dataFileNames(), listed);
        for (String line : lines) {
            // A static gemspec evaluates the same wherever Bundler unpacks it.
            assertFalse(line.contains("File.") || line.contains("Dir["), line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void rubyShimRegistersTheJavaClassUnderThePluginName(ShippedPlugin plugin) throws IOException {
        List<String> lines = text(read(plugin).dataFile(plugin.shimPath())).lines().toList();
        assertContains(lines, "require \"logstash/" + plugin.type() + "s/base\"");
        assertContains(lines, "require \"" + plugin.gem() + "_jars\"");
        assertContains(lines, "class " + plugin.rubyNamespace() + "::" + plugin.classSimpleName() + " < "
                + plugin.rubyNamespace() + "::Base");
        assertContains(lines, "  config_name \"" + plugin.pluginName() + "\"");
        assertContains(lines, "  def self.javaClass() Java::" + plugin.pluginClass() + ".java_class; end");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void jarsFileRequiresTheVendoredJar(ShippedPlugin plugin) throws IOException {
        List<String> lines = text(read(plugin).dataFile(plugin.jarLoaderPath())).lines().toList();
        assertContains(lines, "require 'jar_dependencies'");
        assertContains(lines, "require_jar('" + ShippedPlugin.GROUP + "', '" + plugin.gem() + "', '"
                + plugin.version() + "')");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void exactlyOneJarNamedAfterGemAndVersion(ShippedPlugin plugin) throws IOException {
        List<String> jars = read(plugin).dataFileNames().stream().filter(name -> name.endsWith(".jar")).toList();
        assertEquals(List.of(plugin.jarPath()), jars);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void jarHoldsNoLogstashOrLog4jAndNoUnrelocatedClasses(ShippedPlugin plugin) throws IOException {
        Map<String, byte[]> jar = jarEntries(read(plugin).dataFile(plugin.jarPath()));
        boolean multiRelease = isMultiRelease(jar);
        List<String> misplaced = new ArrayList<>();
        for (String entry : jar.keySet()) {
            boolean versioned = MULTI_RELEASE.matcher(entry).find();
            String path = versioned ? MULTI_RELEASE.matcher(entry).replaceFirst("") : entry;
            // Class loaders read META-INF/versions/ only from a jar whose manifest says Multi-Release: true.
            boolean loadable = !versioned || multiRelease;
            boolean forbidden = FORBIDDEN_PREFIXES.stream().anyMatch(path::startsWith);
            boolean foreignClass = loadable && path.endsWith(".class") && !path.startsWith("io/github/ecsbridge/");
            if (forbidden || foreignClass) {
                misplaced.add(entry);
            }
        }
        assertEquals(List.of(), misplaced);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void pluginClassInTheJarCarriesItsLogstashName(ShippedPlugin plugin, @TempDir Path directory) throws Exception {
        Path jar = Files.write(directory.resolve(plugin.jarFileName()), read(plugin).dataFile(plugin.jarPath()));
        ClassLoader parent = GemStructureIT.class.getClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent)) {
            Class<?> pluginClass = Class.forName(plugin.pluginClass(), false, loader);
            // Loaded by the jar's own loader, so the check is about the shipped class, not a build copy.
            assertSame(loader, pluginClass.getClassLoader());
            LogstashPlugin annotation = pluginClass.getDeclaredAnnotation(LogstashPlugin.class);
            assertNotNull(annotation, plugin.pluginClass() + " has no @LogstashPlugin");
            assertEquals(plugin.pluginName(), annotation.name());
        }
    }

    private static GemContents read(ShippedPlugin plugin) throws IOException {
        return GemReader.read(plugin.gemFile());
    }

    /** The top-level YAML key {@code key} with its indented or listed continuation lines. */
    private static List<String> block(String yaml, String key) {
        List<String> lines = yaml.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(key + ":") || lines.get(i).startsWith(key + ": ")) {
                start = i;
                break;
            }
        }
        assertTrue(start >= 0, "no top-level key " + key);
        List<String> block = new ArrayList<>(List.of(lines.get(start)));
        for (int i = start + 1; i < lines.size() && (lines.get(i).startsWith(" ") || lines.get(i).startsWith("- "));
             i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    /** Entry names to contents, in jar order. */
    private static Map<String, byte[]> jarEntries(byte[] jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertFalse(entries.isEmpty(), "the plugin jar is empty");
        return entries;
    }

    private static boolean isMultiRelease(Map<String, byte[]> jar) throws IOException {
        byte[] manifest = jar.get(JarFile.MANIFEST_NAME);
        if (manifest == null) {
            return false;
        }
        String value = new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes()
                .getValue(Attributes.Name.MULTI_RELEASE);
        return "true".equalsIgnoreCase(value);
    }

    private static void assertContains(List<String> lines, String expected) {
        assertTrue(lines.contains(expected), () -> "missing line <" + expected + "> in\n" + String.join("\n", lines));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
