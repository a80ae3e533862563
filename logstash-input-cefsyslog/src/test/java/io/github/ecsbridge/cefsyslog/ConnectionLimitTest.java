package io.github.ecsbridge.cefsyslog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.ecsbridge.cefsyslog.Senders.connect;
import static io.github.ecsbridge.cefsyslog.Senders.readOrEndOfStream;
import static io.github.ecsbridge.cefsyslog.Senders.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A thousand connections open at once, the default {@code max_connections}: every one is served, in order per
 * connection, and the next one is closed at once while the thousand keep working.
 */
@Timeout(60)
class ConnectionLimitTest {

    private static final int CONNECTIONS = 1_000;

    @Test
    void thousandConcurrentConnectionsAreServedAndTheOneOverTheLimitIsClosed() throws Exception {
        try (RunningInput input = RunningInput.start(
                Map.of("protocols", "tcp", "max_connections", (long) CONNECTIONS))) {
            List<Socket> sockets = new ArrayList<>(CONNECTIONS);
            try {
                for (int c = 0; c < CONNECTIONS; c++) {
                    Socket socket = connect(input.port(Transport.TCP));
                    sockets.add(socket);
                    send(socket, c, 0);
                }
                // One event from each connection: all of them were admitted and are open now.
                Map<String, List<String>> bySender = bySender(input.take(CONNECTIONS));
                assertEquals(CONNECTIONS, bySender.size());
                assertEquals((long) CONNECTIONS, gauge(input));

                try (Socket extra = connect(input.port(Transport.TCP))) {
                    assertEquals(-1, readOrEndOfStream(extra.getInputStream()), "connection over the limit kept");
                }
                for (int c = 0; c < CONNECTIONS; c++) {
                    send(sockets.get(c), c, 1);
                    send(sockets.get(c), c, 2);
                }
                bySender(input.take(2 * CONNECTIONS)).forEach(
                        (sender, messages) -> bySender.get(sender).addAll(messages));
                for (int c = 0; c < CONNECTIONS; c++) {
                    String sender = "127.0.0.1:" + sockets.get(c).getLocalPort();
                    assertEquals(List.of(message(c, 0), message(c, 1), message(c, 2)), bySender.get(sender),
                            "connection " + c);
                }
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
            input.stop();
            assertNull(input.events.poll(), "more events than messages");
            assertEquals(CONNECTIONS, input.counter("connections_accepted"));
            assertEquals(1, input.counter("connections_rejected"));
        }
    }

    private static String message(int connection, int sequence) {
        return "<13>Jul  4 09:16:35 host app: c=" + connection + " seq=" + sequence;
    }

    private static void send(Socket socket, int connection, int sequence) throws IOException {
        socket.getOutputStream().write(utf8(message(connection, sequence) + "\n"));
    }

    private static Map<String, List<String>> bySender(List<Map<String, Object>> events) {
        Map<String, List<String>> bySender = new HashMap<>();
        for (Map<String, Object> event : events) {
            bySender.computeIfAbsent(EventText.sender(event), s -> new ArrayList<>()).add(EventText.describe(event));
        }
        return bySender;
    }

    private static Object gauge(RunningInput input) {
        return input.context.metric().gaugeValue("plugins", "inputs", "test-input", "connections");
    }
}
