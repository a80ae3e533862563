package io.github.ecsbridge.cli;

import io.github.ecsbridge.cefsyslog.Transport;
import io.github.ecsbridge.samples.Json;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import io.github.ecsbridge.samples.SampleLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code demo}: starts the {@code cefsyslog} input on loopback, sends the bundled sample traffic to it (Kaspersky
 * over TCP, Cisco ESA over UDP, as the vendors' consoles usually do), and prints the documents and a summary.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Sends the bundled samples through the cefsyslog input and the filters on loopback, prints the "
                + "documents and a summary table.")
final class DemoCommand implements Callable<Integer> {

    private static final Map<String, Transport> TRANSPORT_BY_VENDOR = Map.of(
            "kaspersky", Transport.TCP,
            "cisco_esa", Transport.UDP);

    @Spec
    CommandSpec spec;

    @Option(names = "--quiet", description = "Print only the summary, not the documents.")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        SampleCorpus corpus = SampleCorpus.packaged();
        Map<Transport, List<String>> traffic = new LinkedHashMap<>();
        for (String vendor : corpus.vendors()) {
            Transport transport = TRANSPORT_BY_VENDOR.getOrDefault(vendor, Transport.TCP);
            for (SampleFile file : corpus.files(vendor)) {
                for (SampleLine line : file.lines()) {
                    traffic.computeIfAbsent(transport, t -> new ArrayList<>()).add(line.raw());
                }
            }
        }
        int expected = traffic.values().stream().mapToInt(List::size).sum();

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Summary summary = new Summary();
        ConcurrentLinkedQueue<Map<String, Object>> documents = new ConcurrentLinkedQueue<>();
        Semaphore received = new Semaphore(0);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("host", "127.0.0.1");
        options.put("port", 0L);
        options.put("protocols", new ArrayList<Object>(List.of("tcp", "udp")));
        int missing;
        try (InputRunner runner = new InputRunner(options, new LogstashRuntime("UTC", null), document -> {
            documents.add(document);
            summary.count(document);
            received.release();
        })) {
            Map<Transport, InetSocketAddress> bound = runner.start();
            err.printf("cefsyslog listening on tcp %s and udp %s; sending %d sample lines%n",
                    bound.get(Transport.TCP), bound.get(Transport.UDP), expected);
            sendTcp(bound.get(Transport.TCP), traffic.getOrDefault(Transport.TCP, List.of()));
            sendUdp(bound.get(Transport.UDP), traffic.getOrDefault(Transport.UDP, List.of()));
            missing = received.tryAcquire(expected, 30, TimeUnit.SECONDS) ? 0 : expected - received.availablePermits();
        }
        if (!quiet) {
            documents.forEach(document -> out.println(Json.toLine(document)));
            out.flush();
        }
        err.printf("%nsent %d, received %d%n%n", expected, summary.total());
        summary.print(err);
        err.flush();
        return missing == 0 ? 0 : 1;
    }

    private static void sendTcp(InetSocketAddress address, List<String> lines) throws IOException {
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            OutputStream out = socket.getOutputStream();
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        }
    }

    private static void sendUdp(InetSocketAddress address, List<String> lines)
            throws IOException, InterruptedException {
        try (DatagramSocket socket = new DatagramSocket()) {
            for (String line : lines) {
                byte[] datagram = line.getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(datagram, datagram.length, address));
                // A short pause keeps a small demo within the default socket buffer on any machine.
                TimeUnit.MICROSECONDS.sleep(200);
            }
        }
    }
}
