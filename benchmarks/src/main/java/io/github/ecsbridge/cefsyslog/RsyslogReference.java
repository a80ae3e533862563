package io.github.ecsbridge.cefsyslog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's rsyslog as the reference TCP receiver: {@code rsyslogd -n} (foreground, never the system service) with
 * {@code imtcp} on a free loopback port, every message parsed by rsyslog's default RFC 5424 / RFC 3164 parsers and
 * then discarded ({@code stop}).
 *
 * <p>Counting: the sender ends each connection with a marker line, the only one an {@code omfile} action writes, so
 * the run ends when every marker is in that file (rsyslog's single main-queue worker keeps order, and the markers
 * come after everything else). The total is then read from {@code impstats}: {@code submitted} of the imtcp
 * listener against the lines sent, and the main queue's {@code discarded.*} counters, which would show loss.
 */
final class RsyslogReference implements AutoCloseable {

    static final String MARKER = "ecsbridge-load-end-";
    private static final List<Path> LOCATIONS = List.of(Path.of("/usr/sbin/rsyslogd"), Path.of("/sbin/rsyslogd"));
    private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long STATS_INTERVAL_MILLIS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Process process;
    private final InetSocketAddress address;

    private RsyslogReference(Path executable, Path directory) throws Exception {
        this.directory = directory;
        int port = freeLoopbackPort();
        Files.writeString(directory.resolve("rsyslog.conf"), configuration(directory, port), StandardCharsets.UTF_8);
        process = new ProcessBuilder(executable.toString(), "-n", "-f", directory.resolve("rsyslog.conf").toString(),
                "-i", directory.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("rsyslogd.out").toFile())
                .start();
        address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        awaitListening();
    }

    /** The rsyslogd binary, when the package is installed. */
    static Optional<Path> executable() {
        return LOCATIONS.stream().filter(Files::isExecutable).findFirst();
    }

    /** Starts a fresh rsyslogd writing its configuration, statistics and marker file into {@code directory}. */
    static RsyslogReference start(Path executable, Path directory) throws Exception {
        // rsyslogd changes to / at start, so every path it reads must be absolute.
        Path absolute = Files.createDirectories(directory).toAbsolutePath();
        return new RsyslogReference(executable, absolute);
    }

    InetSocketAddress address() {
        return address;
    }

    /** The marker line that ends connection {@code connection}. */
    static byte[] markerLine(int connection) {
        return ("<13>Jan  1 00:00:00 loadgen bench: " + MARKER + connection + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** How many connections' markers rsyslog has processed. */
    long markersSeen() throws IOException {
        Path done = directory.resolve("done.log");
        if (!Files.exists(done)) {
            return 0;
        }
        try (var lines = Files.lines(done, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(MARKER)).count();
        }
    }

    /** The latest {@code impstats} figures after the next report: lines the listener submitted, and discarded. */
    long[] submittedAndDiscarded() throws Exception {
        Thread.sleep(STATS_INTERVAL_MILLIS + STATS_INTERVAL_MILLIS / 2);
        long submitted = 0;
        long discarded = 0;
        for (String line : Files.readAllLines(directory.resolve("stats.json"), StandardCharsets.UTF_8)) {
            int brace = line.indexOf('{');
            if (brace < 0) {
                continue;
            }
            JsonNode record = JSON.readTree(line.substring(brace));
            String origin = record.path("origin").asText();
            if (origin.equals("imtcp")) {
                submitted = record.path("submitted").asLong();
            } else if (origin.equals("core.queue") && record.path("name").asText().equals("main Q")) {
                discarded = record.path("discarded.full").asLong() + record.path("discarded.nf").asLong();
            }
        }
        return new long[] {submitted, discarded};
    }

    /** The configuration: statistics every second, imtcp, markers to a file, everything else discarded. */
    private static String configuration(Path directory, int port) {
        return "global(workDirectory=\"" + directory + "\")\n"
                + "module(load=\"impstats\" interval=\"1\" format=\"json\" resetCounters=\"off\" log.syslog=\"off\""
                + " log.file=\"" + directory.resolve("stats.json") + "\")\n"
                + "module(load=\"imtcp\")\n"
                + "input(type=\"imtcp\" address=\"127.0.0.1\" port=\"" + port + "\" ruleset=\"bench\")\n"
                + "ruleset(name=\"bench\") {\n"
                + "  if $msg contains \"" + MARKER + "\" then {\n"
                + "    action(type=\"omfile\" file=\"" + directory.resolve("done.log") + "\")\n"
                + "  }\n"
                + "  stop\n"
                + "}\n";
    }

    private void awaitListening() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("rsyslogd exited with " + process.exitValue() + ": "
                        + Files.readString(directory.resolve("rsyslogd.out")));
            }
            try (Socket probe = new Socket(address.getAddress(), address.getPort())) {
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("rsyslogd is not listening on " + address, notYet);
                }
                Thread.sleep(20);
            }
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
