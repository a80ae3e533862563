package io.github.ecsbridge.cefsyslog;

import co.elastic.logstash.api.Password;
import io.github.ecsbridge.cefsyslog.TestCertificates.ClientIdentity;
import io.github.ecsbridge.testkit.TestConfiguration;
import io.github.ecsbridge.testkit.TestContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What reaches Logstash's log, at every level, while the input meets the usual trouble: the key passphrase never,
 * and the text of messages never, not even of the defective ones the log line is about. Each test also finds the
 * line it provokes, so a capture that recorded nothing could not make it pass.
 */
@Timeout(60)
class WhatIsLoggedTest {

    private static final String MARKER = "payload-marker-9d2e";

    @TempDir
    static Path dir;
    private static TlsFixture tls;

    @BeforeAll
    static void makeCertificates() throws Exception {
        tls = new TlsFixture(dir);
    }

    @Test
    void keyPassphraseIsAPasswordOptionAndNeverReachesTheLog() throws Exception {
        assertEquals(Password.class, Cefsyslog.SSL_KEY_PASSPHRASE_CONFIG.type());
        try (LogCapture logs = LogCapture.open()) {
            try (RunningInput input = RunningInput.start(tls.mutualOptions())) {
                try (SSLSocket known = tls.client(input, ClientIdentity.KNOWN, "TLSv1.3")) {
                    known.getOutputStream().write(octetCounted("<13>Jul  4 09:16:35 host app: hello"));
                    known.getOutputStream().flush();
                    input.take();
                }
                try (SSLSocket stranger = tls.client(input, ClientIdentity.STRANGER, "TLSv1.2")) {
                    stranger.startHandshake();
                } catch (SSLException | SocketException refused) {
                    // refused, which is logged
                }
                try (Socket plain = connect(input.port(Transport.TLS))) {
                    plain.getOutputStream().write(utf8("<13>Jul  4 09:16:35 host app: plain\n"));
                    assertEquals(-1, readOrEndOfStream(plain.getInputStream()));
                }
            }
            Map<String, Object> wrongPassphrase =
                    tls.options("ssl_key_passphrase", "not-" + TestCertificates.PASSPHRASE);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> new Cefsyslog("wrong", new TestConfiguration(wrongPassphrase), new TestContext()));
            // Logstash logs this exception with its causes when the pipeline fails to start.
            assertFalse(stackTrace(refused).contains(TestCertificates.PASSPHRASE), "passphrase in the error");

            assertNotNull(findLine(logs, "TLS handshake failed"), "the refused client was not logged");
            assertEquals(List.of(), logs.containing(TestCertificates.PASSPHRASE, Level.TRACE), "passphrase logged");
        }
    }

    @Test
    void defectiveMessagesAreNotWrittenToTheLog() throws Exception {
        BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
        try (LogCapture logs = LogCapture.open();
             RunningInput input = RunningInput.start(Map.of("max_message_size", 64L), event -> {
                 if (EventText.original(event).contains("refuse-me")) {
                     throw new IllegalStateException("queue closed");
                 }
                 events.add(event);
             });
             DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            String line = "<13>Jul  4 09:16:35 host app: " + MARKER;
            try (Socket lf = connect(input.port(Transport.TCP))) {
                ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
                invalidUtf8.writeBytes(utf8(line + " caf"));
                invalidUtf8.write(0xE9);
                invalidUtf8.write('\n');
                lf.getOutputStream().write(Senders.concat(
                        delimited("\n", line + " oversized " + "x".repeat(100)),
                        invalidUtf8.toByteArray(),
                        delimited("\n", "<13>Jul  4 09:16:35 host CEF:0|broken " + MARKER,
                                "<13>Jul  4 09:16:35 host app: refuse-me " + MARKER)));
            }
            try (Socket octet = connect(input.port(Transport.TCP))) {
                octet.getOutputStream().write(Senders.concat(octetCounted(line),
                        utf8(line + " without a count\n"), utf8("99 " + line + " cut")));
            }
            sendDatagram(udp, input.port(Transport.UDP), utf8(line + " oversized " + "x".repeat(100)));
            // oversized, invalid UTF-8, broken CEF; valid, no count, cut; oversized datagram
            for (int i = 0; i < 7; i++) {
                assertNotNull(events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS), "event " + i + " missing");
            }
            input.stop();
            assertNotNull(findLine(logs, "the pipeline queue refused 1 event(s)"), "the refusal was not logged");
            assertEquals(List.of(), logs.containing(MARKER, Level.TRACE), "message text logged");
        }
    }

    private static LogCapture.Line findLine(LogCapture logs, String text) {
        return logs.lines().stream().filter(line -> line.text().contains(text)).findFirst().orElse(null);
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
