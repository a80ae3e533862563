package io.github.ecsbridge.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ecs-bridge-cli} entry point: parse, listen and demo over the same code Logstash runs. */
@Command(name = "ecs-bridge-cli",
        mixinStandardHelpOptions = true,
        versionProvider = EcsBridgeCli.Version.class,
        description = "Parses Kaspersky, Cisco ESA and CEF syslog into ECS documents with the cefsyslog input "
                + "and the kaspersky and cisco_esa filters.",
        subcommands = {ParseCommand.class, ListenCommand.class, DemoCommand.class, NotifyCommand.class,
            InstallCommand.class, CommandLine.HelpCommand.class})
public final class EcsBridgeCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line with UTF-8 standard output and error, and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs a command line writing documents to {@code out} and reports to {@code err}; tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(PluginFactory.LOGSTASH, out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with {@code parse} on the plugins of {@code plugins}. */
    static int run(PluginFactory plugins, PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new EcsBridgeCli(), commands(plugins))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(EcsBridgeCli::reportFailure)
                .execute(args);
    }

    /** Makes commands as picocli does, except {@code parse}, which gets {@code plugins}. */
    private static CommandLine.IFactory commands(PluginFactory plugins) {
        CommandLine.IFactory standard = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ParseCommand.class ? type.cast(new ParseCommand(plugins)) : standard.create(type);
            }
        };
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    private static int reportFailure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        // Configuration mistakes get one readable line; anything else keeps its stack trace for a bug report.
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof IOException || e instanceof DateTimeException) {
            command.getErr().println(command.getCommandName() + ": " + e.getMessage());
        } else {
            e.printStackTrace(command.getErr());
        }
        return 1;
    }

    /** Reads the version from the jar manifest, or says it is a development build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EcsBridgeCli.class.getPackage().getImplementationVersion();
            return new String[] {"ecs-bridge-cli " + (version == null ? "(development build)" : version)};
        }
    }
}
