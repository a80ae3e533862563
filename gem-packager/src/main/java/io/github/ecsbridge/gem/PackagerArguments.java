package io.github.ecsbridge.gem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Turns the packager's {@code --option=value} arguments into a validated specification, source files and output
 * directory. Every error names the option in brackets.
 */
final class PackagerArguments {

    /** Every option, all required, in the order they are checked. */
    static final List<String> OPTIONS = List.of("name", "version", "type", "plugin-name", "plugin-class", "group",
            "summary", "homepage", "jar", "readme", "license", "docs", "output");

    private final GemSpecification specification;
    private final GemSources sources;
    private final Path output;

    private PackagerArguments(GemSpecification specification, GemSources sources, Path output) {
        this.specification = specification;
        this.sources = sources;
        this.output = output;
    }

    static PackagerArguments parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("[arguments] expected --option=value, got '" + arg + "'");
            }
            String option = arg.substring(2, equals);
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("[" + option + "] is not an option; the options are "
                        + String.join(", ", OPTIONS));
            }
            if (values.put(option, arg.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("[" + option + "] is given more than once");
            }
        }
        for (String option : OPTIONS) {
            if (!values.containsKey(option)) {
                throw new IllegalArgumentException("[" + option + "] is required");
            }
        }

        GemSpecification spec = new GemSpecification(values.get("name"), values.get("version"), values.get("type"),
                values.get("plugin-name"), values.get("plugin-class"), values.get("group"), values.get("summary"),
                values.get("homepage"));
        Path jar = existingFile(values, "jar");
        checkJar(spec, jar);
        GemSources sources = new GemSources(jar, existingFile(values, "readme"), existingFile(values, "license"),
                existingFile(values, "docs"));
        return new PackagerArguments(spec, sources, path(values, "output"));
    }

    GemSpecification specification() {
        return specification;
    }

    GemSources sources() {
        return sources;
    }

    Path output() {
        return output;
    }

    private static Path existingFile(Map<String, String> values, String option) {
        Path file = path(values, option);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("[" + option + "] file '" + file + "' does not exist");
        }
        return file;
    }

    private static Path path(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("[" + option + "] must not be empty");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("[" + option + "] '" + value + "' is not a valid path", e);
        }
    }

    /** Logstash accepts only a jar named after the gem, and the gem is useless without the plugin class in it. */
    private static void checkJar(GemSpecification spec, Path jar) {
        String fileName = jar.getFileName().toString();
        if (!fileName.equals(spec.jarFileName())) {
            throw new IllegalArgumentException("[jar] file name must be '" + spec.jarFileName() + "', got '"
                    + fileName + "'");
        }
        String classEntry = spec.pluginClass().replace('.', '/') + ".class";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry(classEntry) == null) {
                throw new IllegalArgumentException("[jar] '" + jar + "' does not contain " + classEntry);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("[jar] '" + jar + "' is not a readable jar: " + e.getMessage(), e);
        }
    }
}
