package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.testkit.PluginContract;
import io.github.ecsbridge.testkit.TestConfiguration;
import io.github.ecsbridge.testkit.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.github.ecsbridge.cefsyslog.RunningInput.TIMEOUT_SECONDS;
import static io.github.ecsbridge.cefsyslog.Senders.connect;
import static io.github.ecsbridge.cefsyslog.Senders.delimited;
import static io.github.ecsbridge.cefsyslog.Senders.octetCounted;
import static io.github.ecsbridge.cefsyslog.Senders.readOrEndOfStream;
import static io.github.ecsbridge.cefsyslog.Senders.sendDatagram;
import static io.github.ecsbridge.cefsyslog.Senders.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class CefsyslogTest {

    private static final String LINE = "<13>Jul  4 09:16:35 host app: hello";
    private static final String CEF_LINE =
            "<134>Jul  4 09:16:35 fw01 CEF:0|Acme|Firewall|1.0|100|Blocked|5|src=10.0.0.1 dst=10.0.0.2 spt=1234";

    private static Map<String, Object> expected(String frame, String sender, List<String> reasons) {
        MessageDecoder decoder = new MessageDecoder(DecoderOptions.builder().clock(RunningInput.CLOCK)
                .zone(ZoneOffset.UTC).build());
        Map<String, Object> event = decoder.decode(frame, reasons);
        @SuppressWarnings("unchecked")
        Map<String, Object> log = new LinkedHashMap<>((Map<String, Object>) event.getOrDefault("log", Map.of()));
        log.put("source", Map.of("address", sender));
        event.put("log", log);
        event.put("@metadata", Map.of("cefsyslog", Map.of("original", frame)));
        return event;
    }

    private static String sender(Socket socket) {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    @Test
    void isAValidLogstashInput() {
        PluginContract.assertValidInput(Cefsyslog.class, "cefsyslog");
    }

    @Test
    void datagramBecomesTheDecodedEventWithItsSender() throws Exception {
        try (RunningInput input = RunningInput.start(Map.of("protocols", "udp", "timezone", "UTC"));
             DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            sendDatagram(socket, input.port(Transport.UDP), utf8(CEF_LINE + "\n"));
            assertEquals(expected(CEF_LINE, "127.0.0.1:" + socket.getLocalPort(), List.of()), input.take());
        }
    }

    @Test
    void tcpConnectionsWithEachFramingShareThePort() throws Exception {
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "timezone", "UTC"))) {
            Map<String, byte[]> streams = new LinkedHashMap<>();
            streams.put("octet", octetCounted(LINE + " octet", CEF_LINE));
            streams.put("lf", delimited("\n", LINE + " lf", CEF_LINE));
            streams.put("crlf", delimited("\r\n", LINE + " crlf", CEF_LINE));
            streams.put("nul", delimited("\0", CEF_LINE, LINE + " nul\nsecond line"));
            Map<String, List<Map<String, Object>>> expected = new HashMap<>();
            for (Map.Entry<String, byte[]> stream : streams.entrySet()) {
                try (Socket socket = connect(input.port(Transport.TCP))) {
                    socket.getOutputStream().write(stream.getValue());
                    Map<String, Object> plain = expected(LINE + " " + stream.getKey(), sender(socket), List.of());
                    Map<String, Object> cef = expected(CEF_LINE, sender(socket), List.of());
                    if (stream.getKey().equals("nul")) {
                        // NUL framing lets a message hold a line feed; the first NUL decides the framing.
                        plain = expected(LINE + " nul\nsecond line", sender(socket), List.of());
                        expected.put(sender(socket), List.of(cef, plain));
                    } else {
                        expected.put(sender(socket), List.of(plain, cef));
                    }
                }
            }
            Map<String, List<Map<String, Object>>> received = bySender(input.take(8));
            assertEquals(expected, received);
        }
    }

    @Test
    void hundredThousandMessagesOverSeveralConnectionsAllArriveInOrder() throws Exception {
        int connections = 4;
        int perConnection = 25_000;
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "preserve_original", true))) {
            List<CompletableFuture<Void>> senders = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int connection = c;
                senders.add(CompletableFuture.runAsync(() -> sendNumbered(input, connection, perConnection)));
            }
            for (CompletableFuture<Void> sender : senders) {
                sender.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            List<Map<String, Object>> events = input.take(connections * perConnection);
            input.stop();
            assertNull(input.events.poll(), "more events than messages");
            Map<Integer, List<Integer>> sequences = sequences(events);
            for (int c = 0; c < connections; c++) {
                assertEquals(range(perConnection), sequences.get(c), "connection " + c);
            }
            assertEquals(connections * perConnection, input.counter("events"));
            assertEquals(connections, input.counter("connections_accepted"));
        }
    }

    /** Messages {@code c=<connection> seq=<n>}, each connection with another framing. */
    private static void sendNumbered(RunningInput input, int connection, int count) {
        String[] messages = new String[count];
        for (int i = 0; i < count; i++) {
            messages[i] = "<13>Jul  4 09:16:35 host app: c=" + connection + " seq=" + i;
        }
        byte[] bytes;
        switch (connection % 4) {
            case 0:
                bytes = octetCounted(messages);
                break;
            case 1:
                bytes = delimited("\n", messages);
                break;
            case 2:
                bytes = delimited("\r\n", messages);
                break;
            default:
                bytes = delimited("\0", messages);
                break;
        }
        try (Socket socket = connect(input.port(Transport.TCP))) {
            socket.getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void stopUnderLoadDeliversEveryFrameAlreadyRead() throws Exception {
        int connections = 4;
        RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "preserve_original", true));
        Map<String, Integer> connectionOf = new ConcurrentHashMap<>();
        // Threads of their own: the common pool may have a single thread, which would run the senders one by one.
        ExecutorService senders = Executors.newFixedThreadPool(connections);
        try {
            for (int c = 0; c < connections; c++) {
                int connection = c;
                senders.execute(() -> sendUntilClosed(input, connection, connectionOf));
            }
            List<Map<String, Object>> events = new ArrayList<>(input.take(20_000));
            input.stop();
            senders.shutdown();
            assertTrue(senders.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS), "a sender is still sending");
            input.events.drainTo(events);

            Map<Integer, List<Integer>> sequences = new HashMap<>();
            Map<Integer, Map<String, Object>> cutFrames = new HashMap<>();
            for (Map<String, Object> event : events) {
                int connection = connectionOf.get(EventText.sender(event));
                if (event.containsKey("tags")) {
                    assertNull(cutFrames.put(connection, event), "two cut frames on connection " + connection);
                } else {
                    int[] numbers = numbers(event);
                    assertEquals(connection, numbers[0], "frame delivered as another connection's");
                    sequences.computeIfAbsent(connection, c -> new ArrayList<>()).add(numbers[1]);
                }
            }
            for (Map.Entry<Integer, List<Integer>> connection : sequences.entrySet()) {
                assertEquals(range(connection.getValue().size()), connection.getValue(),
                        "gap in connection " + connection.getKey());
            }
            // Every write ends inside a frame, so the stop leaves connections with a frame begun: emitted, tagged, it
            // must be the frame right after the last one delivered, or frames read before it were lost.
            assertFalse(cutFrames.isEmpty(), "no connection had a frame cut by the stop");
            cutFrames.forEach((connection, cut) -> assertCutFrameIs(
                    numbered(connection, sequences.getOrDefault(connection, List.of()).size()), cut));
            assertEquals(events.size(), input.counter("events"));
        } finally {
            senders.shutdownNow();
        }
    }

    /**
     * Sends numbered octet-counted frames until the input closes the connection, each write ending in the middle of
     * a frame, as a busy sender's writes do.
     */
    private static void sendUntilClosed(RunningInput input, int connection, Map<String, Integer> connectionOf) {
        try (Socket socket = connect(input.port(Transport.TCP))) {
            connectionOf.put(sender(socket), connection);
            OutputStream out = socket.getOutputStream();
            byte[] carried = new byte[0];
            for (int sent = 0; sent < 5_000_000; sent += 100) {
                String[] batch = new String[100];
                for (int i = 0; i < batch.length; i++) {
                    batch[i] = numbered(connection, sent + i);
                }
                byte[] stream = Senders.concat(carried, octetCounted(batch));
                int end = stream.length - octetCounted(batch[batch.length - 1]).length / 2;
                out.write(stream, 0, end);
                carried = Arrays.copyOfRange(stream, end, stream.length);
            }
        } catch (IOException expected) {
            // The input stopped and closed the connection, or was closed before this sender connected.
        }
    }

    private static String numbered(int connection, int sequence) {
        return "<13>Jul  4 09:16:35 host app: c=" + connection + " seq=" + sequence;
    }

    /** {@code cut} holds the start of {@code frame}, or of its octet count, and says how much of it arrived. */
    private static void assertCutFrameIs(String frame, Map<String, Object> cut) {
        String received = EventText.original(cut);
        int length = utf8(frame).length;
        List<String> reasons = EventText.errors(cut);
        if (reasons.equals(List.of(String.format(FrameDefect.TRUNCATED_KNOWN_REASON, received.length(), length)))) {
            assertTrue(frame.startsWith(received), () -> "cut frame " + received + " is not the start of " + frame);
        } else {
            assertEquals(List.of(String.format(FrameDefect.TRUNCATED_REASON, received.length())), reasons);
            assertTrue((length + " ").startsWith(received), () -> "cut count " + received + " is not " + length);
        }
    }

    @Test
    void oversizedFramesAreCutTaggedAndTheConnectionGoesOn() throws Exception {
        String longLine = "<13>" + "x".repeat(100);
        String cut = longLine.substring(0, 64);
        try (RunningInput input = RunningInput.start(Map.of("max_message_size", 64L, "timezone", "UTC"));
             Socket lf = connect(input.port(Transport.TCP));
             Socket octet = connect(input.port(Transport.TCP));
             DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            lf.getOutputStream().write(delimited("\n", longLine, LINE));
            // The length is known when the delimiter came in the same read as the start, which TCP does not promise.
            Map<String, Object> cutLine = input.take();
            String reason = errorText(cutLine);
            assertTrue(reason.equals("message of 104 bytes exceeds max_message_size (64 bytes), truncated")
                    || reason.equals("message exceeds max_message_size (64 bytes), truncated"), reason);
            assertEquals(expected(cut, sender(lf), List.of(reason)), cutLine);
            assertEquals(expected(LINE, sender(lf), List.of()), input.take());

            octet.getOutputStream().write(octetCounted(longLine, LINE));
            assertEquals(expected(cut, sender(octet),
                    List.of("message of 104 bytes exceeds max_message_size (64 bytes), truncated")), input.take());
            assertEquals(expected(LINE, sender(octet), List.of()), input.take());

            sendDatagram(udp, input.port(Transport.UDP), utf8(longLine));
            assertEquals(expected(cut, "127.0.0.1:" + udp.getLocalPort(),
                    List.of("message of 104 bytes exceeds max_message_size (64 bytes), truncated")), input.take());
            assertEquals(3, input.counter("oversized_frames"));
        }
    }

    @Test
    void brokenCefIsTaggedWhilePlainSyslogIsNot() throws Exception {
        String broken = "<13>Jul  4 09:16:35 host CEF:0|Acme|broken";
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "timezone", "UTC"))) {
            try (Socket socket = connect(input.port(Transport.TCP))) {
                socket.getOutputStream().write(delimited("\n", broken, LINE));
                Map<String, Object> tagged = input.take();
                assertEquals(expected(broken, sender(socket), List.of()), tagged);
                assertEquals(List.of(MessageDecoder.FAILURE_TAG), tagged.get("tags"));
                assertEquals(expected(LINE, sender(socket), List.of()), input.take());
            }
            input.stop();
            assertEquals(1, input.counter("parse_failures"));
        }
    }

    @Test
    void invalidUtf8IsReplacedAndTagged() throws Exception {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(utf8("<13>Jul  4 09:16:35 host app: caf"));
        frame.write(0xE9);
        frame.writeBytes(utf8("\n"));
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "timezone", "UTC"));
             Socket socket = connect(input.port(Transport.TCP))) {
            socket.getOutputStream().write(frame.toByteArray());
            assertEquals(expected("<13>Jul  4 09:16:35 host app: caf\uFFFD", sender(socket),
                    List.of(FrameDefect.INVALID_UTF8_REASON)), input.take());
        }
    }

    @Test
    void frameCutByTheSendersCloseIsTagged() throws Exception {
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "timezone", "UTC"))) {
            String sender;
            try (Socket socket = connect(input.port(Transport.TCP))) {
                socket.getOutputStream().write(utf8("100 <13>abc"));
                sender = sender(socket);
            }
            assertEquals(expected("<13>abc", sender, List.of("connection closed after 7 of the 100 bytes of a frame")),
                    input.take());
            assertEquals(1, input.counter("truncated_frames"));
        }
    }

    @Test
    void legacyModePutsTheSenderIpInHost() throws Exception {
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "ecs_compatibility", "disabled"));
             Socket socket = connect(input.port(Transport.TCP))) {
            socket.getOutputStream().write(utf8(LINE + "\n"));
            Map<String, Object> event = input.take();
            assertEquals("127.0.0.1", event.get("host"));
            assertFalse(event.containsKey("log"), event.toString());
        }
    }

    @Test
    void connectionsOverTheLimitAreClosed() throws Exception {
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "max_connections", 1L));
             Socket first = connect(input.port(Transport.TCP))) {
            first.getOutputStream().write(utf8(LINE + " 1\n"));
            input.take();
            assertEquals(1L, input.context.metric().gaugeValue("plugins", "inputs", "test-input", "connections"));
            try (Socket second = connect(input.port(Transport.TCP))) {
                assertEquals(-1, readOrEndOfStream(second.getInputStream()));
            }
            first.getOutputStream().write(utf8(LINE + " 2\n"));
            assertEquals("hello 2", input.take().get("message"));
            assertEquals(1, input.counter("connections_rejected"));
        }
    }

    @Test
    void idleConnectionIsClosed() throws Exception {
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "idle_timeout", 1L));
             Socket socket = connect(input.port(Transport.TCP))) {
            assertEquals(-1, readOrEndOfStream(socket.getInputStream()));
        }
    }

    @Test
    void portZeroGivesUdpThePortTcpGot() throws Exception {
        try (RunningInput input = RunningInput.start(Map.of())) {
            assertEquals(input.port(Transport.TCP), input.port(Transport.UDP));
            assertEquals(new InetSocketAddress("127.0.0.1", input.port(Transport.TCP)),
                    input.addresses.get(Transport.TCP));
        }
    }

    @Test
    void portInUseFailsStartNamingProtocolHostAndPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertBindFails(Map.of("protocols", "tcp", "port", (long) port),
                    "[cefsyslog] cannot listen on tcp 127.0.0.1:" + port + ": Address already in use");
        }
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertBindFails(Map.of("protocols", "udp", "port", (long) port),
                    "[cefsyslog] cannot listen on udp 127.0.0.1:" + port + ": Address already in use");
        }
    }

    private static void assertBindFails(Map<String, Object> options, String message) throws Exception {
        Map<String, Object> values = new HashMap<>(options);
        values.put("host", "127.0.0.1");
        Cefsyslog input = new Cefsyslog("busy", new TestConfiguration(values), new TestContext());
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> input.start(event -> { }));
        assertEquals(message, error.getMessage());
        ExecutionException bound = assertThrows(ExecutionException.class,
                () -> input.boundAddresses().get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(message, bound.getCause().getMessage());
        input.awaitStop();
    }

    @Test
    void stopBeforeStartMakesStartReturnAtOnce() throws Exception {
        Cefsyslog input = new Cefsyslog("early", new TestConfiguration(Map.of("port", 0L)), new TestContext());
        input.stop();
        input.start(event -> { });
        input.awaitStop();
        assertTrue(input.boundAddresses().isCompletedExceptionally());
    }

    private static Map<String, List<Map<String, Object>>> bySender(List<Map<String, Object>> events) {
        Map<String, List<Map<String, Object>>> bySender = new HashMap<>();
        for (Map<String, Object> event : events) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) ((Map<String, Object>) event.get("log")).get("source");
            bySender.computeIfAbsent((String) source.get("address"), s -> new ArrayList<>()).add(event);
        }
        return bySender;
    }

    private static Map<Integer, List<Integer>> sequences(List<Map<String, Object>> events) {
        Map<Integer, List<Integer>> sequences = new HashMap<>();
        for (Map<String, Object> event : events) {
            assertFalse(event.containsKey("tags"), event::toString);
            int[] numbers = numbers(event);
            sequences.computeIfAbsent(numbers[0], c -> new ArrayList<>()).add(numbers[1]);
        }
        return sequences;
    }

    /** Connection and sequence number from {@code event.original}. */
    @SuppressWarnings("unchecked")
    private static int[] numbers(Map<String, Object> event) {
        String original = (String) ((Map<String, Object>) event.get("event")).get("original");
        int c = original.indexOf("c=");
        int seq = original.indexOf(" seq=");
        return new int[] {Integer.parseInt(original.substring(c + 2, seq)),
                Integer.parseInt(original.substring(seq + 5))};
    }

    @SuppressWarnings("unchecked")
    private static String errorText(Map<String, Object> event) {
        return String.valueOf(((Map<String, Object>) event.get("error")).get("message"));
    }

    private static List<Integer> range(int count) {
        List<Integer> range = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            range.add(i);
        }
        return range;
    }

}
