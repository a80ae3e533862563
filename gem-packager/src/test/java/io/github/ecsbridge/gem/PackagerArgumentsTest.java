package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagerArgumentsTest {

    @TempDir
    Path directory;

    private GemFixture fixture;

    @BeforeEach
    void createSources() throws IOException {
        fixture = new GemFixture(directory);
    }

    @Test
    void validArgumentsGiveTheSpecificationSourcesAndOutput() {
        PackagerArguments arguments = PackagerArguments.parse(fixture.arguments().toArray(String[]::new));
        assertEquals(GemFixture.specification(), arguments.specification());
        assertEquals(new GemSources(fixture.jar, fixture.readme, fixture.license, fixture.docs), arguments.sources());
        assertEquals(fixture.output, arguments.output());
    }

    @Test
    void argumentWithoutDashesIsRejected() {
        assertRejected("[arguments] expected --option=value, got 'name=x'", "name=x");
    }

    @Test
    void argumentWithoutValueIsRejected() {
        assertRejected("[arguments] expected --option=value, got '--name'", "--name");
    }

    @Test
    void unknownOptionIsRejected() {
        List<String> arguments = fixture.arguments();
        arguments.add("--platform=ruby");
        assertRejected("[platform] is not an option; the options are name, version, type, plugin-name, plugin-class,"
                + " group, summary, homepage, jar, readme, license, docs, output", arguments.toArray(String[]::new));
    }

    @Test
    void repeatedOptionIsRejected() {
        List<String> arguments = fixture.arguments();
        arguments.add("--version=0.2.0");
        assertRejected("[version] is given more than once", arguments.toArray(String[]::new));
    }

    @Test
    void missingOptionIsRejected() {
        assertRejected("[docs] is required", fixture.argumentsWithout("docs"));
    }

    @Test
    void snapshotVersionIsRejected() {
        assertRejected("[version] must be plain X.Y.Z, got '0.1.0-SNAPSHOT'",
                fixture.argumentsWith("version", "0.1.0-SNAPSHOT"));
    }

    @Test
    void missingJarIsRejected() throws IOException {
        Files.delete(fixture.jar);
        assertRejected("[jar] file '" + fixture.jar + "' does not exist", fixture.arguments().toArray(String[]::new));
    }

    @Test
    void jarNamedOtherwiseThanGemAndVersionIsRejected() throws IOException {
        Path jar = Files.copy(fixture.jar, directory.resolve("kaspersky.jar"));
        assertRejected("[jar] file name must be 'logstash-filter-kaspersky-0.1.0.jar', got 'kaspersky.jar'",
                fixture.argumentsWith("jar", jar.toString()));
    }

    @Test
    void jarOfAnotherVersionIsRejected() throws IOException {
        Path jar = Files.copy(fixture.jar, directory.resolve("logstash-filter-kaspersky-0.2.0.jar"));
        assertRejected("[jar] file name must be 'logstash-filter-kaspersky-0.1.0.jar', got"
                + " 'logstash-filter-kaspersky-0.2.0.jar'", fixture.argumentsWith("jar", jar.toString()));
    }

    @Test
    void jarWithoutThePluginClassIsRejected() throws IOException {
        GemFixture.writeJar(fixture.jar, "io/github/ecsbridge/kaspersky/Other.class");
        assertRejected("[jar] '" + fixture.jar + "' does not contain io/github/ecsbridge/kaspersky/Kaspersky.class",
                fixture.arguments().toArray(String[]::new));
    }

    @Test
    void jarThatIsNotAZipIsRejected() throws IOException {
        Files.writeString(fixture.jar, "not a zip");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PackagerArguments.parse(fixture.arguments().toArray(String[]::new)));
        assertEquals("[jar] '" + fixture.jar + "' is not a readable jar: " + e.getCause().getMessage(),
                e.getMessage());
    }

    @Test
    void missingReadmeIsRejected() {
        Path readme = directory.resolve("absent").resolve("README.md");
        assertRejected("[readme] file '" + readme + "' does not exist",
                fixture.argumentsWith("readme", readme.toString()));
    }

    @Test
    void licenseThatIsADirectoryIsRejected() {
        assertRejected("[license] file '" + directory + "' does not exist",
                fixture.argumentsWith("license", directory.toString()));
    }

    @Test
    void emptyOutputIsRejected() {
        assertRejected("[output] must not be empty", fixture.argumentsWith("output", ""));
    }

    private static void assertRejected(String message, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PackagerArguments.parse(args));
        assertEquals(message, e.getMessage());
    }
}
