package io.github.ecsbridge.cli;

import io.github.ecsbridge.samples.DocumentDiff;
import io.github.ecsbridge.samples.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs a parse example through the CLI's {@code parse} command, in process, and compares the documents. */
final class ParseExampleCheck {

    private final PluginFactory plugins;

    /** A check whose {@code parse} runs the plugins, and sees the clock, of {@code plugins}. */
    ParseExampleCheck(PluginFactory plugins) {
        this.plugins = plugins;
    }

    /** One message naming the file, the line and each difference; empty when the document is the expected one. */
    List<String> problems(String file, ParseExample example) throws IOException {
        String where = file + ":" + example.line() + ": ";
        Map<String, Object> expected;
        try {
            expected = Json.parseObject(example.expectedJson());
        } catch (RuntimeException e) {
            return List.of(where + "the json block after the log block is not one JSON object: " + e.getMessage());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = parse(example, out, err);
        if (exitCode != 0) {
            return List.of(where + String.join(" ", command(example)) + " failed with exit code " + exitCode + ": "
                    + err);
        }
        List<Map<String, Object>> documents = out.toString().lines()
                .filter(line -> !line.isBlank())
                .map(Json::parseObject)
                .toList();
        if (documents.size() != 1) {
            return List.of(where + "parse printed " + documents.size() + " documents instead of one:\n" + out);
        }
        List<String> differences = DocumentDiff.between(expected, documents.get(0), Set.of());
        if (differences.isEmpty()) {
            return List.of();
        }
        return List.of(where + String.join(" ", command(example))
                + " prints another document than the json block (- only in the block, + only printed, ~ changed):\n    "
                + String.join("\n    ", differences) + "\nThe document printed:\n"
                + Json.toPrettyString(documents.get(0)));
    }

    private static List<String> command(ParseExample example) {
        List<String> command = new ArrayList<>();
        command.add("parse");
        command.addAll(example.options());
        return command;
    }

    private int parse(ParseExample example, StringWriter out, StringWriter err) throws IOException {
        // parse reads files or standard input; a file keeps standard input of the test JVM out of it.
        Path input = Files.createTempFile("docs-example-", ".log");
        try {
            Files.writeString(input, example.input() + "\n", StandardCharsets.UTF_8);
            List<String> args = command(example);
            args.add(input.toString());
            return EcsBridgeCli.run(plugins, new PrintWriter(out, true), new PrintWriter(err, true),
                    args.toArray(String[]::new));
        } finally {
            Files.deleteIfExists(input);
        }
    }
}
