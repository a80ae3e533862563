package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.cefsyslog.TestCertificates.ClientIdentity;
import io.netty.buffer.ByteBufUtil;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static io.github.ecsbridge.cefsyslog.Senders.connect;
import static io.github.ecsbridge.cefsyslog.Senders.delimited;
import static io.github.ecsbridge.cefsyslog.Senders.octetCounted;
import static io.github.ecsbridge.cefsyslog.Senders.readOrEndOfStream;
import static io.github.ecsbridge.cefsyslog.Senders.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Bytes that are not TLS sent to the TLS listener: a sender configured for plain TCP, a web client, noise, a record
 * header that never gets its record. The connection is closed, nothing is emitted, the log says why in one info line
 * without the bytes, and the next proper TLS client is served.
 */
@Timeout(30)
class TlsPortGarbageTest {

    private static final String MARKER = "plaintext-payload-4f7c";
    private static final String LINE = "<13>Jul  4 09:16:35 host app: over tls";
    private static final long HANDSHAKE_TIMEOUT_MILLIS = 500;

    @TempDir
    static Path dir;
    private static TlsFixture tls;

    @BeforeAll
    static void makeCertificates() throws Exception {
        tls = new TlsFixture(dir);
    }

    static Stream<Arguments> notTls() {
        byte[] noise = new byte[4096];
        new Random(8).nextBytes(noise);
        String notTls = "TLS handshake failed: " + ChannelErrorLogger.NOT_TLS_REASON;
        return Stream.of(
                Arguments.of("plain-text syslog, LF", delimited("\n", line(1), line(2)), notTls),
                Arguments.of("plain-text syslog, octet counting", octetCounted(line(1), line(2)), notTls),
                Arguments.of("HTTP request", utf8("GET /" + MARKER + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), notTls),
                Arguments.of("random bytes", noise, notTls),
                // A handshake record header announcing 16 KiB that never come: only the handshake timeout ends it.
                Arguments.of("TLS record header, then silence", new byte[] {0x16, 0x03, 0x03, 0x40, 0x00},
                        "TLS handshake failed: handshake timed out after " + HANDSHAKE_TIMEOUT_MILLIS + "ms"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTls")
    void bytesThatAreNotTlsCloseTheConnectionEmitNothingAndLeaveTheListenerServing(String name, byte[] bytes,
                                                                                 String logged) throws Exception {
        try (LogCapture logs = LogCapture.open();
             RunningInput input = RunningInput.start(
                     tls.options("ssl_handshake_timeout", HANDSHAKE_TIMEOUT_MILLIS))) {
            try (Socket plain = connect(input.port(Transport.TLS))) {
                write(plain, bytes);
                assertEquals(-1, readAfterAnyAlert(plain), "connection left open");
            }
            try (SSLSocket client = tls.client(input, ClientIdentity.NONE, "TLSv1.3")) {
                client.getOutputStream().write(octetCounted(LINE));
                client.getOutputStream().flush();
                assertEquals(LINE, EventText.describe(input.take()));
            }
            input.stop();
            assertNull(input.events.poll(), "the bytes became an event");
            assertEquals(List.of("INFO " + logged), tlsFailures(logs));
            assertNoTraceOf(bytes, logs);
        }
    }

    @Test
    void plainTextAfterASuccessfulHandshakeClosesTheConnectionAndIsNotLogged() throws Exception {
        try (LogCapture logs = LogCapture.open();
             RunningInput input = RunningInput.start(tls.options());
             Socket plain = connect(input.port(Transport.TLS))) {
            SSLSocket client = (SSLSocket) tls.certificates.clientContext(ClientIdentity.NONE, "TLS")
                    .getSocketFactory().createSocket(plain, "localhost", plain.getPort(), false);
            client.setEnabledProtocols(new String[] {"TLSv1.2"});
            client.getOutputStream().write(octetCounted(LINE));
            client.getOutputStream().flush();
            assertEquals(LINE, EventText.describe(input.take()));
            // The sender falls back to plain text on the same connection, under the TLS layer's feet.
            byte[] bytes = delimited("\n", line(1));
            write(plain, bytes);
            assertEquals(-1, readAfterAnyAlert(plain), "connection left open");
            input.stop();
            assertNull(input.events.poll(), "the plain text became an event");
            assertEquals(List.of("INFO TLS failed: " + ChannelErrorLogger.NOT_TLS_REASON), tlsFailures(logs));
            assertNoTraceOf(bytes, logs);
        }
    }

    /** The TLS failures logged at info or above, without the addresses that start each line. */
    private static List<String> tlsFailures(LogCapture logs) {
        return logs.lines().stream()
                .filter(line -> line.isAtLeast(Level.INFO) && line.text().contains("] TLS "))
                .map(line -> line.level() + " " + line.text().substring(line.text().indexOf("] TLS ") + 2))
                .toList();
    }

    /** Neither the marker nor the hex of the first bytes sent (Netty's dump format) is in the log, at any level. */
    private static void assertNoTraceOf(byte[] bytes, LogCapture logs) {
        String start = ByteBufUtil.hexDump(Arrays.copyOf(bytes, Math.min(bytes.length, 5)));
        assertEquals(List.of(), logs.containing(MARKER, Level.TRACE), "payload in the log");
        assertEquals(List.of(), logs.containing(start, Level.TRACE), "payload bytes in the log");
    }

    private static String line(int number) {
        return "<13>Jul  4 09:16:35 host app: " + MARKER + " " + number;
    }

    /** Writes the bytes; the input may close the connection before it has read them all. */
    private static void write(Socket socket, byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
        } catch (IOException closedAlready) {
            // what the read below checks
        }
    }

    /** Skips what the input sends before closing (a TLS alert record), then returns -1 at end of stream. */
    private static int readAfterAnyAlert(Socket socket) throws IOException {
        byte[] buffer = new byte[256];
        int total = 0;
        while (total < 4096) {
            int read;
            try {
                read = socket.getInputStream().read(buffer);
            } catch (SocketTimeoutException stillOpen) {
                throw stillOpen;
            } catch (IOException reset) {
                return -1;
            }
            if (read < 0) {
                return -1;
            }
            total += read;
        }
        return readOrEndOfStream(socket.getInputStream());
    }
}
