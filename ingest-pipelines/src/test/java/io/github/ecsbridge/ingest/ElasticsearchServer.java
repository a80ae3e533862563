package io.github.ecsbridge.ingest;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Elasticsearch 8.19 as a separate process: the integ-test-zip distribution that Maven unpacks into
 * {@code target/} (system property {@value #HOME_PROPERTY}), copied to a fresh directory per run, configured as a
 * single loopback node without security on free ports, and stopped after the run. It has data streams and
 * composable templates but no ingest-common and no match_only_text, wildcard or constant_keyword mappers, so the
 * tests use it for templates, mappings and indexing.
 *
 * <p>Elasticsearch refuses to run as root. As root, the server runs as the system user {@value #USER}, created
 * with {@code useradd} when missing, through {@code runuser}.
 */
final class ElasticsearchServer implements ExtensionContext.Store.CloseableResource {

    static final String HOME_PROPERTY = "elasticsearch.server.home";
    static final String USER = "ecs-bridge-es";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final int CONSOLE_LINES_IN_ERRORS = 40;

    private final Process process;
    private final Path directory;
    private final URI url;
    private final String version;
    private final ElasticsearchConnection connection;
    private final Thread shutdownHook;

    private ElasticsearchServer(Process process, Path directory, URI url, String version) {
        this.process = process;
        this.directory = directory;
        this.url = url;
        this.version = version;
        this.connection = ElasticsearchConnection.open(InstallOptions.of(url));
        // Stops the server even when the test JVM ends without closing the JUnit store.
        this.shutdownHook = new Thread(this::stopProcess, "stop-elasticsearch-server");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the server and waits until it answers yellow; fails saying why when it cannot. */
    static ElasticsearchServer start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        String homeSetting = System.getProperty(HOME_PROPERTY);
        if (homeSetting == null || !Files.isExecutable(Path.of(homeSetting, "bin", "elasticsearch"))) {
            throw new IllegalStateException("[" + HOME_PROPERTY + "] names no unpacked Elasticsearch distribution ("
                    + homeSetting + "); run the tests through Maven, whose generate-test-resources phase unpacks"
                    + " org.elasticsearch.distribution.integ-test-zip:elasticsearch");
        }
        String version = System.getProperty("elasticsearch.server.version", "8.19");
        Path directory = Files.createTempDirectory("ecs-bridge-es-server-");
        Path home = directory.resolve("home");
        copyTree(Path.of(homeSetting), home);
        int httpPort = FreePorts.find();
        int transportPort = FreePorts.find();
        Files.writeString(home.resolve("config/elasticsearch.yml"), String.join("\n",
                "cluster.name: ecs-bridge-test",
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + transportPort,
                "discovery.type: single-node",
                "xpack.security.enabled: false",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "path.data: " + directory.resolve("data"),
                "path.logs: " + directory.resolve("logs"),
                ""), StandardCharsets.UTF_8);
        Files.writeString(home.resolve("config/jvm.options.d/heap.options"), "-Xms512m\n-Xmx512m\n",
                StandardCharsets.UTF_8);
        // The launcher and the server put their scratch files here, so that deleting the run removes them too.
        Path temporary = Files.createDirectory(directory.resolve("tmp"));

        List<String> command = new ArrayList<>();
        if (new UnixSystem().getUid() == 0) {
            ensureUser();
            run(List.of("chown", "-R", USER + ":", directory.toString()));
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.add(home.resolve("bin/elasticsearch").toString());
        Path console = directory.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
        environment.put("HOME", directory.toString());
        environment.put("ES_TMPDIR", temporary.toString());
        environment.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + temporary);
        environment.remove("ES_JAVA_OPTS");
        environment.remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();

        URI url = URI.create("http://127.0.0.1:" + httpPort);
        try {
            awaitYellow(process, url, console);
        } catch (IOException | InterruptedException | RuntimeException e) {
            destroy(process);
            throw e;
        }
        System.out.printf("Elasticsearch %s (process) started in %d ms at %s%n", version,
                (System.nanoTime() - started) / 1_000_000, url);
        return new ElasticsearchServer(process, directory, url, version);
    }

    /** The HTTP address. */
    URI url() {
        return url;
    }

    /** The release it runs. */
    String version() {
        return version;
    }

    /** A connection without credentials. */
    ElasticsearchConnection connection() {
        return connection;
    }

    @Override
    public void close() throws IOException {
        connection.close();
        stopProcess();
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
        TreeDeletion.delete(directory);
    }

    private void stopProcess() {
        destroy(process);
    }

    private static void destroy(Process process) {
        // runuser and the launcher wait for the server, so the server itself must get the signal.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception notStopped) {
                handle.destroyForcibly();
            }
        }
    }

    private static void awaitYellow(Process process, URI url, Path console) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue()
                        + " before it answered; its console ends with:\n" + tail(console));
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The HTTP port opens late in startup.
            }
            // Polling pace only; success is decided by the server's answer above.
            Thread.sleep(250);
        }
        throw new IllegalStateException("Elasticsearch did not answer yellow within " + START_TIMEOUT.toSeconds()
                + " s; its console ends with:\n" + tail(console));
    }

    private static void ensureUser() throws IOException, InterruptedException {
        if (exec(List.of("id", "-u", USER)).exitCode() == 0) {
            return;
        }
        run(List.of("useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", USER));
    }

    private record Result(int exitCode, String output) {
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Result result = exec(command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                    + result.exitCode() + ": " + result.output());
        }
    }

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return new Result(process.waitFor(), output);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                // COPY_ATTRIBUTES keeps the executable bits of bin/ and the bundled tools.
                Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static String tail(Path console) {
        try {
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - CONSOLE_LINES_IN_ERRORS), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + console, e);
        }
    }
}
