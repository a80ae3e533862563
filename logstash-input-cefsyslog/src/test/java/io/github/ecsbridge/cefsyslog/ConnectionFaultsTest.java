package io.github.ecsbridge.cefsyslog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.ecsbridge.cefsyslog.Senders.concat;
import static io.github.ecsbridge.cefsyslog.Senders.connect;
import static io.github.ecsbridge.cefsyslog.Senders.delimited;
import static io.github.ecsbridge.cefsyslog.Senders.octetCounted;
import static io.github.ecsbridge.cefsyslog.Senders.readOrEndOfStream;
import static io.github.ecsbridge.cefsyslog.Senders.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Connections that end or go quiet at awkward moments, over real loopback sockets: a close in the middle of a frame,
 * a sender that shuts down its output and waits, and senders that stop sending. Whatever arrived before is delivered,
 * and the input does not keep such connections open.
 */
@Timeout(30)
class ConnectionFaultsTest {

    private static final String FIRST = "<13>Jul  4 09:16:35 host app: first";
    private static final String SECOND = "<134>Jul  4 09:16:35 fw01 CEF:0|Acme|Firewall|1.0|100|Blocked|5|src=10.0.0.1";
    /** The start of a message whose end never comes: 33 bytes. */
    private static final String CUT = "<13>Jul  4 09:16:35 host app: cut";

    static Stream<Arguments> framesCutByTheClose() {
        return Stream.of(
                Arguments.of("octet counting, cut in the message",
                        concat(octetCounted(FIRST, SECOND), utf8("57 " + CUT)),
                        List.of(FIRST, SECOND, CUT + " [connection closed after 33 of the 57 bytes of a frame]")),
                Arguments.of("octet counting, cut in the length",
                        concat(octetCounted(FIRST, SECOND), utf8("12")),
                        List.of(FIRST, SECOND, "12 [connection closed after 2 bytes of a frame]")),
                // A last line without its delimiter is indistinguishable from a cut one; it is kept, untagged.
                Arguments.of("LF", concat(delimited("\n", FIRST, SECOND), utf8(CUT)), List.of(FIRST, SECOND, CUT)),
                Arguments.of("NUL", concat(delimited("\0", FIRST, SECOND), utf8(CUT)), List.of(FIRST, SECOND, CUT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("framesCutByTheClose")
    void senderClosingInTheMiddleOfAFrameLosesNothingSentBefore(String name, byte[] stream, List<String> expected)
            throws Exception {
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp"))) {
            try (Socket socket = connect(input.port(Transport.TCP))) {
                socket.getOutputStream().write(stream);
            }
            assertEquals(expected, EventText.describe(input.take(expected.size())));
            input.stop();
            assertNull(input.events.poll(), "more events than frames");
        }
    }

    @Test
    void halfClosedConnectionIsClosedByTheInputWithItsFramesDelivered() throws Exception {
        // idle_timeout is 0: the input closes its side because the sender closed its own, not because of silence.
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp"));
             Socket socket = connect(input.port(Transport.TCP))) {
            socket.getOutputStream().write(concat(delimited("\n", FIRST), utf8(CUT)));
            socket.shutdownOutput();
            assertEquals(-1, readOrEndOfStream(socket.getInputStream()), "the input kept a half-closed connection");
            assertEquals(List.of(FIRST, CUT), EventText.describe(input.take(2)));
        }
    }

    @Test
    void silentConnectionsAreClosedAfterTheIdleTimeoutWithWhatTheySentDelivered() throws Exception {
        // From the input's side a peer that vanished without a FIN (a half-open connection) looks like these two.
        try (RunningInput input = RunningInput.start(Map.of("protocols", "tcp", "idle_timeout", 1L));
             Socket mute = connect(input.port(Transport.TCP));
             Socket stalled = connect(input.port(Transport.TCP))) {
            stalled.getOutputStream().write(concat(octetCounted(FIRST), utf8("57 " + CUT)));
            assertEquals(-1, readOrEndOfStream(mute.getInputStream()), "the mute connection was left open");
            assertEquals(-1, readOrEndOfStream(stalled.getInputStream()), "the stalled connection was left open");
            assertEquals(List.of(FIRST, CUT + " [connection closed after 33 of the 57 bytes of a frame]"),
                    EventText.describe(input.take(2)));
            input.stop();
            assertNull(input.events.poll(), "the mute connection produced an event");
            assertEquals(2L, input.counter("connections_accepted"));
        }
    }
}
