package io.github.ecsbridge.cefsyslog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ecsbridge.benchmarks.CorpusLines;

import javax.net.SocketFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Drives the real {@code cefsyslog} input over loopback at full speed and writes what it measured as JSON: TCP with
 * one and eight connections, TLS, UDP, a long TCP run for the heap, and the same TCP traffic into rsyslog when it is
 * installed. The traffic is every line of the golden corpus, LF-framed, round and round. Every run is bounded in
 * count ({@code --events}, {@code --heap-events}) and in time ({@code --time-limit-seconds},
 * {@code --heap-time-limit-seconds}). An unrecorded TCP run of three times {@code --events} first lets the JIT
 * compile the input.
 *
 * <pre>
 * LoadGenerator --output=load.json [--events=1000000] [--repeats=3] [--heap-events=10000000]
 *               [--time-limit-seconds=30] [--heap-time-limit-seconds=90] [--work-dir=target/load] [--no-rsyslog]
 * </pre>
 */
public final class LoadGenerator {

    /** After the sender is done, a datagram not seen for this long is taken as lost. */
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The unrecorded first run sends this many times {@code --events}. */
    private static final int WARM_UP_RUNS = 3;
    /** Receive buffer asked for the UDP socket; the kernel caps it at {@code net.core.rmem_max}. */
    private static final long UDP_RECEIVE_BUFFER_BYTES = 8L * 1024 * 1024;

    private final Map<String, String> arguments;
    private final long events;
    private final int repeats;
    private final long heapEvents;
    private final long timeLimitNanos;
    private final long heapTimeLimitNanos;
    private final Path workDirectory;
    private final Traffic traffic = new Traffic(CorpusLines.all());
    private final List<LoadResult> results = new ArrayList<>();

    private LoadGenerator(Map<String, String> arguments) {
        this.arguments = arguments;
        this.events = Long.parseLong(arguments.getOrDefault("events", "1000000"));
        this.repeats = Integer.parseInt(arguments.getOrDefault("repeats", "3"));
        this.heapEvents = Long.parseLong(arguments.getOrDefault("heap-events", "10000000"));
        this.timeLimitNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(
                arguments.getOrDefault("time-limit-seconds", "30")));
        this.heapTimeLimitNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(
                arguments.getOrDefault("heap-time-limit-seconds", "90")));
        this.workDirectory = Path.of(arguments.getOrDefault("work-dir", "target/load"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> arguments = parse(args);
        if (!arguments.containsKey("output")) {
            System.err.println("usage: LoadGenerator --output=FILE [--events=N] [--repeats=N] [--heap-events=N]"
                    + " [--time-limit-seconds=N] [--heap-time-limit-seconds=N] [--work-dir=DIR] [--no-rsyslog]");
            System.exit(2);
        }
        new LoadGenerator(arguments).run(Path.of(arguments.get("output")));
        // The input's threads are daemons, but a JMX or Netty helper thread must not hold the script.
        System.exit(0);
    }

    private void run(Path output) throws Exception {
        Files.createDirectories(workDirectory);
        SelfSignedCertificate certificate = SelfSignedCertificate.create(workDirectory);
        Map<String, Object> tcp = Map.of("protocols", List.of("tcp"));
        Map<String, Object> tls = Map.of("protocols", List.of("tcp"), "ssl_enabled", true,
                "ssl_certificate", certificate.certificateFile().toString(),
                "ssl_key", certificate.keyFile().toString());
        Map<String, Object> udp = Map.of("protocols", List.of("udp"), "receive_buffer_bytes",
                UDP_RECEIVE_BUFFER_BYTES);
        SocketFactory plain = SocketFactory.getDefault();
        SocketFactory secure = certificate.clientContext().getSocketFactory();
        // Long enough for the JIT to finish the decode path: shorter warm-ups left the first recorded runs slower.
        runInput("warm-up", tcp, Transport.TCP, plain, 8, WARM_UP_RUNS * events, timeLimitNanos);
        for (int i = 0; i < repeats; i++) {
            record(runInput("tcp-1", tcp, Transport.TCP, plain, 1, events, timeLimitNanos));
            record(runInput("tcp-8", tcp, Transport.TCP, plain, 8, events, timeLimitNanos));
            record(runInput("tls-1", tls, Transport.TLS, secure, 1, events, timeLimitNanos));
            record(runInput("udp", udp, Transport.UDP, null, 1, events, timeLimitNanos));
        }
        Optional<Path> rsyslogd = arguments.containsKey("no-rsyslog") ? Optional.empty()
                : RsyslogReference.executable();
        if (rsyslogd.isPresent()) {
            for (int i = 0; i < repeats; i++) {
                runRsyslog("rsyslog-tcp-1", rsyslogd.get(), 1, i);
                runRsyslog("rsyslog-tcp-8", rsyslogd.get(), 8, i);
            }
        } else {
            System.out.println("rsyslogd not found: no reference runs");
        }
        record(runInput("tcp-8-heap", tcp, Transport.TCP, plain, 8, heapEvents, heapTimeLimitNanos));
        write(output);
    }

    private LoadResult runInput(String scenario, Map<String, Object> options, Transport transport,
                                SocketFactory sockets, int connections, long count, long limitNanos) throws Exception {
        try (InputUnderLoad input = InputUnderLoad.start(options, transport);
             HeapWatch heap = HeapWatch.start()) {
            long start = System.nanoTime();
            long deadline = start + limitNanos;
            long sent = transport == Transport.UDP
                    ? new DatagramSender(traffic).send(input.address(), count, deadline)
                    : new StreamSender(traffic, sockets).send(input.address(), connections, count, null, deadline);
            CountingConsumer consumer = input.consumer();
            consumer.await(sent, deadline + QUIET_NANOS, QUIET_NANOS);
            long received = consumer.count();
            double seconds = (Math.max(consumer.lastArrivalNanos(), start + 1) - start) / 1e9;
            return new LoadResult(scenario, "cefsyslog", transport.label(), connections, sent, received, seconds,
                    received / seconds, heap.peakUsedBytes(), heap.peakAfterGcBytes(), heap.collections(),
                    sent < count);
        }
    }

    private void runRsyslog(String scenario, Path executable, int connections, int round) throws Exception {
        try (RsyslogReference rsyslog = RsyslogReference.start(executable,
                workDirectory.resolve("rsyslog-" + connections + "-" + round))) {
            long start = System.nanoTime();
            long deadline = start + timeLimitNanos;
            long sent = new StreamSender(traffic, SocketFactory.getDefault()).send(rsyslog.address(), connections,
                    events, RsyslogReference::markerLine, deadline);
            long end = start;
            while (rsyslog.markersSeen() < connections && System.nanoTime() - deadline - QUIET_NANOS < 0) {
                Thread.sleep(1);
                end = System.nanoTime();
            }
            end = Math.max(end, System.nanoTime());
            long[] stats = rsyslog.submittedAndDiscarded();
            // The markers are counted by imtcp but are not part of the load.
            long received = Math.max(0, stats[0] - connections - stats[1]);
            double seconds = (end - start) / 1e9;
            record(new LoadResult(scenario, "rsyslog", "tcp", connections, sent, received, seconds,
                    received / seconds, 0, 0, 0, sent < events));
        }
    }

    private void record(LoadResult result) {
        results.add(result);
        System.out.printf("%-14s %-9s %,12d sent %,12d received %8.2f s %,12.0f events/s lost %,d peak heap %,d MB"
                        + " (after GC %,d MB)%s%n", result.scenario(), result.receiver(), result.sent(),
                result.received(), result.seconds(), result.eventsPerSecond(), result.lost(),
                result.peakHeapBytes() >> 20, result.peakHeapAfterGcBytes() >> 20,
                result.stoppedAtLimit() ? " STOPPED AT TIME LIMIT" : "");
    }

    private void write(Path output) throws Exception {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("events", events);
        document.put("repeats", repeats);
        document.put("heapEvents", heapEvents);
        document.put("timeLimitSeconds", TimeUnit.NANOSECONDS.toSeconds(timeLimitNanos));
        document.put("heapTimeLimitSeconds", TimeUnit.NANOSECONDS.toSeconds(heapTimeLimitNanos));
        document.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        document.put("corpusLines", traffic.lineCount());
        document.put("corpusBytes", traffic.block().length);
        document.put("runs", results);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), document);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            if (equals < 0) {
                arguments.put(arg.substring(2), "");
            } else {
                arguments.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        return arguments;
    }
}
