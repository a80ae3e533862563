package io.github.ecsbridge.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ecsbridge.gem.GemContents;
import io.github.ecsbridge.gem.GemReader;
import io.github.ecsbridge.gem.TarEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lets real RubyGems read, install and evaluate every gem, as {@code bin/logstash-plugin install} does. Runs when
 * {@code gem} and {@code ruby} are on the PATH (CI installs Ruby); skipped otherwise.
 */
class RubyGemsIT {

    /**
     * Prints what Logstash reads from a specification. With the argument {@code jars} it also lists the jars found
     * the way Logstash's registry finds them ({@code matches_for_glob("**&#47;*.jar")} over the require paths).
     */
    private static final String DESCRIBE_SPEC = String.join("\n",
            "spec = Gem::Specification.load(ARGV[0]) or abort(\"cannot load #{ARGV[0]}\")",
            "puts \"name=#{spec.name}\", \"version=#{spec.version}\", \"platform=#{spec.platform}\"",
            "puts \"require_paths=#{spec.require_paths.join(',')}\"",
            "spec.metadata.sort.each { |key, value| puts \"metadata.#{key}=#{value.inspect}\" }",
            "spec.dependencies.sort_by(&:name).each { |dependency| puts \"dependency=#{dependency}\" }",
            "if ARGV[1] == 'jars'",
            "  spec.matches_for_glob('**/*.jar').each { |jar| puts \"jar=#{jar.delete_prefix(spec.full_gem_path + '/')}\" }",
            "end");

    private static Path gem;
    private static Path ruby;

    static List<ShippedPlugin> plugins() {
        return ShippedPlugin.ALL;
    }

    @BeforeAll
    static void findRuby() {
        Optional<Path> gemCommand = ExternalCommand.find("gem");
        Optional<Path> rubyCommand = ExternalCommand.find("ruby");
        assumeTrue(gemCommand.isPresent() && rubyCommand.isPresent(),
                "RubyGems checks skipped: no 'gem' and 'ruby' executables on the PATH (install Ruby to run them)");
        gem = gemCommand.get();
        ruby = rubyCommand.get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void gemSpecReadsTheLogstashMetadata(ShippedPlugin plugin, @TempDir Path directory) throws Exception {
        assertEquals(List.of("---", "logstash_plugin: 'true'", "logstash_group: " + plugin.type(),
                        "java_plugin: 'true'"),
                succeed(List.of(gem.toString(), "specification", plugin.gemFile().toString(), "metadata"),
                        directory, Map.of()));
        assertEquals(List.of("---", "- lib", "- vendor/jar-dependencies"),
                succeed(List.of(gem.toString(), "specification", plugin.gemFile().toString(), "require_paths"),
                        directory, Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void installedGemHasTheMetadataAndOneJarWhereLogstashLooks(ShippedPlugin plugin, @TempDir Path home)
            throws Exception {
        Map<String, String> environment = Map.of("GEM_HOME", home.toString(), "GEM_PATH", home.toString());
        succeed(List.of(gem.toString(), "install", "--local", "--ignore-dependencies", "--no-document",
                "--install-dir", home.toString(), plugin.gemFile().toString()), home, environment);

        String fullName = plugin.gem() + "-" + plugin.version() + "-java";
        Path installedSpec = home.resolve("specifications").resolve(fullName + ".gemspec");
        List<String> expected = new ArrayList<>(expectedDescription(plugin));
        expected.add("jar=" + plugin.jarPath());
        assertEquals(expected, succeed(List.of(ruby.toString(), "-e", DESCRIBE_SPEC, installedSpec.toString(), "jars"),
                home, environment));

        Path gemDirectory = home.resolve("gems").resolve(fullName);
        try (Stream<Path> files = Files.walk(gemDirectory)) {
            List<String> jars = files.filter(file -> file.toString().endsWith(".jar"))
                    .map(file -> gemDirectory.relativize(file).toString().replace('\\', '/')).toList();
            assertEquals(List.of(plugin.jarPath()), jars);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void embeddedGemspecEvaluatesLikeBundlerEvaluatesIt(ShippedPlugin plugin, @TempDir Path directory)
            throws Exception {
        unpack(GemReader.read(plugin.gemFile()), directory);
        // Bundler evaluates the gemspec of a path gem from inside the unpacked directory.
        assertEquals(expectedDescription(plugin),
                succeed(List.of(ruby.toString(), "-e", DESCRIBE_SPEC, plugin.gemspecPath()), directory, Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void rubyFilesAreValidRuby(ShippedPlugin plugin, @TempDir Path directory) throws Exception {
        unpack(GemReader.read(plugin.gemFile()), directory);
        for (String file : List.of(plugin.shimPath(), plugin.jarLoaderPath(), plugin.gemspecPath())) {
            assertEquals(List.of("Syntax OK"), succeed(List.of(ruby.toString(), "-c", file), directory, Map.of()),
                    file);
        }
    }

    private static List<String> expectedDescription(ShippedPlugin plugin) {
        return List.of(
                "name=" + plugin.gem(),
                "version=" + plugin.version(),
                "platform=java",
                "require_paths=lib,vendor/jar-dependencies",
                "metadata.java_plugin=\"true\"",
                "metadata.logstash_group=\"" + plugin.type() + "\"",
                "metadata.logstash_plugin=\"true\"",
                "dependency=jar-dependencies (>= 0)",
                "dependency=logstash-core-plugin-api (>= 1.60, <= 2.99)");
    }

    private static void unpack(GemContents contents, Path directory) throws IOException {
        for (TarEntry file : contents.dataFiles()) {
            Path target = directory.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }

    /** Runs the command, fails with its output unless it exits with 0, and returns its non-blank output lines. */
    private static List<String> succeed(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        ExternalCommand.Result result = ExternalCommand.run(command, directory, environment);
        assertEquals(0, result.exitCode(), () -> command + " failed:\n" + result.output());
        return result.lines();
    }
}
