package io.github.ecsbridge.gem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Source files and arguments for packaging a Kaspersky-like filter gem in a test directory. */
final class GemFixture {

    static final String GEM = "logstash-filter-kaspersky";
    static final String PLUGIN_CLASS = "io.github.ecsbridge.kaspersky.Kaspersky";
    static final String SUMMARY = "Logstash filter that maps Kaspersky's CEF events to ECS.";
    static final String HOMEPAGE = "https://github.com/ecsbridge/ecs-bridge";
    static final String JAR_PATH = "vendor/jar-dependencies/io/github/ecsbridge/logstash-filter-kaspersky/0.1.0/"
            + "logstash-filter-kaspersky-0.1.0.jar";

    final Path directory;
    final Path jar;
    final Path readme;
    final Path license;
    final Path docs;
    final Path output;

    GemFixture(Path directory) throws IOException {
        this.directory = directory;
        this.jar = directory.resolve("gem").resolve(GEM + "-0.1.0.jar");
        this.readme = directory.resolve("README.md");
        this.license = directory.resolve("LICENSE");
        this.docs = directory.resolve("docs").resolve("index.asciidoc");
        this.output = directory.resolve("target");
        Files.createDirectories(jar.getParent());
        Files.createDirectories(docs.getParent());
        writeJar(jar, PLUGIN_CLASS.replace('.', '/') + ".class");
        Files.writeString(readme, "# Kaspersky filter\n");
        Files.writeString(license, "Apache License\nVersion 2.0, January 2004\n");
        Files.writeString(docs, "= Kaspersky filter\n");
    }

    static GemSpecification specification() {
        return new GemSpecification(GEM, "0.1.0", "filter", "kaspersky", PLUGIN_CLASS, "io.github.ecsbridge",
                SUMMARY, HOMEPAGE);
    }

    /** A jar holding one entry per name, each with its own name as content. */
    static void writeJar(Path jar, String... entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(entry.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    /** Valid arguments, in the order the build passes them. */
    List<String> arguments() {
        return new ArrayList<>(List.of(
                "--name=" + GEM,
                "--version=0.1.0",
                "--type=filter",
                "--plugin-name=kaspersky",
                "--plugin-class=" + PLUGIN_CLASS,
                "--group=io.github.ecsbridge",
                "--summary=" + SUMMARY,
                "--homepage=" + HOMEPAGE,
                "--jar=" + jar,
                "--readme=" + readme,
                "--license=" + license,
                "--docs=" + docs,
                "--output=" + output));
    }

    /** Valid arguments with the value of {@code option} replaced. */
    String[] argumentsWith(String option, String value) {
        List<String> arguments = arguments();
        arguments.replaceAll(arg -> arg.startsWith("--" + option + "=") ? "--" + option + "=" + value : arg);
        return arguments.toArray(String[]::new);
    }

    /** Valid arguments without {@code option}. */
    String[] argumentsWithout(String option) {
        List<String> arguments = arguments();
        arguments.removeIf(arg -> arg.startsWith("--" + option + "="));
        return arguments.toArray(String[]::new);
    }
}
