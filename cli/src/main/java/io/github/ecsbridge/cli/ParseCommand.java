package io.github.ecsbridge.cli;

import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.samples.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parse}: every non-empty line of the files is one syslog frame; it is decoded as the {@code cefsyslog} input
 * decodes a frame, passed through the filters, and printed as one JSON document, in input order.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Prints one ECS document (JSON) per non-empty input line, in input order, and a summary on "
                + "stderr.")
final class ParseCommand implements Callable<Integer> {

    private static final int BATCH = 125;

    private final PluginFactory plugins;

    @Spec
    CommandSpec spec;

    @Option(names = "--timezone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Zone of timestamps that carry none (IANA name or offset). Default: ${DEFAULT-VALUE}.")
    String timezone;

    @Option(names = "--log-type", paramLabel = "TYPE",
            description = "Cisco ESA log type of lines without a header, e.g. mail_logs (cisco_esa log_type).")
    String logType;

    @Option(names = "--ecs-compatibility", defaultValue = "v8", paramLabel = "MODE",
            description = "disabled, v1 or v8 (default ${DEFAULT-VALUE}).")
    String ecsCompatibility;

    @Option(names = "--preserve-original", description = "Keep each raw line in event.original.")
    boolean preserveOriginal;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to read; - or none reads stdin.")
    List<String> files = new ArrayList<>();

    ParseCommand() {
        this(PluginFactory.LOGSTASH);
    }

    /** A parse command whose decoder and filters take their clock, and the filters themselves, from {@code plugins}. */
    ParseCommand(PluginFactory plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() throws IOException {
        MessageDecoder decoder = new MessageDecoder(DecoderOptions.builder()
                .zone(ZoneId.of(timezone))
                .clock(plugins.clock())
                .ecsCompatibility(EcsCompatibility.fromOption(ecsCompatibility))
                .preserveOriginal(preserveOriginal)
                .build());
        LogstashRuntime runtime = new LogstashRuntime(timezone, logType, plugins);
        Summary summary = new Summary();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long lines = 0;
        for (String file : files.isEmpty() ? List.of("-") : files) {
            try (BufferedReader reader = open(file)) {
                List<Map<String, Object>> batch = new ArrayList<>(BATCH);
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    lines++;
                    batch.add(inputEvent(decoder, line));
                    if (batch.size() == BATCH) {
                        print(runtime.process(batch), out, summary);
                        batch.clear();
                    }
                }
                print(runtime.process(batch), out, summary);
            }
        }
        out.flush();
        err.printf("%d lines, %d documents%n%n", lines, summary.total());
        summary.print(err);
        err.flush();
        return 0;
    }

    /**
     * The event the {@code cefsyslog} input emits for a frame: the decoded document, and the frame itself in
     * {@code @metadata}, where the filters reread it (Cisco ESA file lines, CEF records the decoder already split).
     */
    private static Map<String, Object> inputEvent(MessageDecoder decoder, String line) {
        Map<String, Object> event = decoder.decode(line);
        event.put("@metadata", Map.of("cefsyslog", Map.of("original", line)));
        return event;
    }

    private static void print(List<Map<String, Object>> documents, PrintWriter out, Summary summary) {
        for (Map<String, Object> document : documents) {
            out.println(Json.toLine(document));
            summary.count(document);
        }
    }

    private static BufferedReader open(String file) throws IOException {
        if ("-".equals(file)) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        // An InputStreamReader replaces invalid UTF-8 instead of failing, as the input does for frames.
        return new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8));
    }
}
