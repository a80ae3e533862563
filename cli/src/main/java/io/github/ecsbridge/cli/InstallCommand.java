package io.github.ecsbridge.cli;

import io.github.ecsbridge.ingest.InstallException;
import io.github.ecsbridge.ingest.InstallOptions;
import io.github.ecsbridge.ingest.InstallScope;
import io.github.ecsbridge.ingest.PipelineInstaller;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code install}: puts the ingest pipelines, component templates and index templates into a cluster. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Installs the ingest pipelines and index templates into Elasticsearch; safe to run again.")
final class InstallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--es", required = true, paramLabel = "URL", description = "Elasticsearch URL, http or https.")
    URI es;

    @Option(names = "--user", description = "User for basic authentication.")
    String user;

    @Option(names = "--password", description = "Password for basic authentication.", interactive = true,
            arity = "0..1")
    String password;

    @Option(names = "--api-key", description = "API key (the encoded id:key) instead of a user.")
    String apiKey;

    @Option(names = "--ca-cert", paramLabel = "PEM", description = "CA certificate that signed the cluster's.")
    Path caCertificate;

    @Option(names = "--only", defaultValue = "all", paramLabel = "SCOPE",
            description = "all, pipelines or templates (default ${DEFAULT-VALUE}); templates installs them without "
                    + "a default pipeline, for documents the Logstash filters parsed.")
    String only;

    @Override
    public Integer call() {
        InstallOptions options = new InstallOptions(es, user, password, apiKey, caCertificate,
                InstallScope.fromOption(only));
        PrintWriter out = spec.commandLine().getOut();
        try (PrintStream progress = new PrintStream(new LineForwarder(out), true, StandardCharsets.UTF_8)) {
            PipelineInstaller.install(options, progress);
            return 0;
        } catch (InstallException e) {
            spec.commandLine().getErr().println("install: " + e.getMessage());
            return 1;
        }
    }

    /** Passes the installer's progress on line by line, so long installs show it as it happens. */
    private static final class LineForwarder extends OutputStream {
        private final PrintWriter target;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineForwarder(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            target.print(line.toString(StandardCharsets.UTF_8));
            target.flush();
            line.reset();
        }
    }
}
