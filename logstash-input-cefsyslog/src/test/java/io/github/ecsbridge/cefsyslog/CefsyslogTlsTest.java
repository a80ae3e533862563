package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.cefsyslog.TestCertificates.ClientIdentity;
import io.github.ecsbridge.testkit.TestConfiguration;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.ecsbridge.cefsyslog.Senders.connect;
import static io.github.ecsbridge.cefsyslog.Senders.octetCounted;
import static io.github.ecsbridge.cefsyslog.Senders.readOrEndOfStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class CefsyslogTlsTest {

    private static final String LINE = "<13>Jul  4 09:16:35 host app: over tls";

    @TempDir
    static Path dir;
    private static TlsFixture tls;

    @BeforeAll
    static void makeCertificates() throws Exception {
        tls = new TlsFixture(dir);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void tlsClientIsServedWithDefaultSettings(String protocol) throws Exception {
        try (RunningInput input = RunningInput.start(tls.options());
             SSLSocket socket = tls.client(input, ClientIdentity.NONE, protocol)) {
            assertEquals(Map.of(Transport.TLS, input.addresses.get(Transport.TLS)), input.addresses);
            socket.getOutputStream().write(octetCounted(LINE));
            socket.getOutputStream().flush();
            assertEquals("over tls", input.take().get("message"));
            assertEquals(protocol, socket.getSession().getProtocol());
        }
    }

    @Test
    void knownClientCertificateIsAcceptedUnderRequired() throws Exception {
        try (RunningInput input = RunningInput.start(tls.mutualOptions());
             SSLSocket socket = tls.client(input, ClientIdentity.KNOWN, "TLSv1.3")) {
            socket.getOutputStream().write(octetCounted(LINE));
            socket.getOutputStream().flush();
            assertEquals("over tls", input.take().get("message"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ClientIdentity.class, names = {"STRANGER", "NONE"})
    void clientWithoutAKnownCertificateIsRejectedUnderRequired(ClientIdentity identity) throws Exception {
        try (RunningInput input = RunningInput.start(tls.mutualOptions())) {
            for (String protocol : List.of("TLSv1.3", "TLSv1.2")) {
                try (SSLSocket socket = tls.client(input, identity, protocol)) {
                    // TLS 1.2 fails in the handshake; TLS 1.3 clients learn it when they read the server's alert.
                    socket.getOutputStream().write(octetCounted("<13>Jul  4 09:16:35 host app: intruder"));
                    socket.getOutputStream().flush();
                    assertEquals(-1, socket.getInputStream().read());
                } catch (SSLException | java.net.SocketException rejected) {
                    // rejected, as it should be
                }
            }
            try (SSLSocket known = tls.client(input, ClientIdentity.KNOWN, "TLSv1.3")) {
                known.getOutputStream().write(octetCounted(LINE));
                known.getOutputStream().flush();
                assertEquals("over tls", input.take().get("message"));
            }
            input.stop();
            assertNull(input.events.poll(), "a rejected client's message got through");
        }
    }

    @Test
    void defaultsOfferOnlyTls12And13AndAeadSuitesWithForwardSecrecy() throws Exception {
        CefsyslogOptions options = new CefsyslogOptions(new TestConfiguration(tls.options()));
        SSLEngine engine = options.tls().sslContext().newEngine(ByteBufAllocator.DEFAULT);
        assertEquals(Set.of("TLSv1.2", "TLSv1.3"), Set.of(engine.getEnabledProtocols()));
        assertEquals(TlsOptions.DEFAULT_CIPHER_SUITES, List.of(engine.getEnabledCipherSuites()));
        for (String suite : TlsOptions.DEFAULT_CIPHER_SUITES) {
            // TLS 1.3 suites (no key exchange in the name) are all AEAD with ephemeral keys by design.
            boolean tls13 = !suite.contains("_WITH_");
            boolean ephemeralAead = suite.startsWith("TLS_ECDHE_")
                    && (suite.contains("_GCM_") || suite.contains("_CHACHA20_POLY1305_"));
            assertTrue(tls13 || ephemeralAead, suite);
        }
        assertFalse(engine.getNeedClientAuth() || engine.getWantClientAuth(), "client certificates asked for");
    }

    @Test
    void clientOfferingOnlyCbcSuitesIsRefusedUnlessAnOperatorAllowsThem() throws Exception {
        // Suites the server's EC key could serve, were CBC allowed.
        List<Object> cbc = List.of("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384");
        try (RunningInput input = RunningInput.start(tls.options());
             SSLSocket socket = tls.client(input, ClientIdentity.NONE, "TLSv1.2")) {
            socket.setEnabledCipherSuites(cbc.toArray(new String[0]));
            assertThrows(SSLHandshakeException.class, socket::startHandshake);
        }
        // The same client gets through where CBC is configured: the refusal above is the defaults' doing.
        try (RunningInput input = RunningInput.start(tls.options("ssl_cipher_suites", cbc));
             SSLSocket socket = tls.client(input, ClientIdentity.NONE, "TLSv1.2")) {
            socket.setEnabledCipherSuites(cbc.toArray(new String[0]));
            socket.startHandshake();
            assertTrue(cbc.contains(socket.getSession().getCipherSuite()), socket.getSession().getCipherSuite());
        }
    }

    @Test
    void tls11ClientHelloIsRefused() throws Exception {
        try (RunningInput input = RunningInput.start(tls.options());
             Socket socket = connect(input.port(Transport.TLS))) {
            socket.getOutputStream().write(clientHello(0x0302));
            socket.getOutputStream().flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int contentType = readOrEndOfStream(in);
            if (contentType != -1) {
                assertEquals(21, contentType, "expected a TLS alert record");
                in.readUnsignedShort();
                in.readUnsignedShort();
                assertEquals(2, in.readUnsignedByte(), "fatal");
                assertEquals(70, in.readUnsignedByte(), "protocol_version");
            }
            assertEquals(-1, readOrEndOfStream(in), "connection left open");
            input.stop();
            assertNull(input.events.poll());
        }
    }

    @Test
    void tls12ClientIsRefusedWhenOnlyTls13IsSupported() throws Exception {
        try (RunningInput input = RunningInput.start(tls.options("ssl_supported_protocols", "TLSv1.3"))) {
            try (SSLSocket socket = tls.client(input, ClientIdentity.NONE, "TLSv1.2")) {
                socket.startHandshake();
                throw new AssertionError("TLSv1.2 handshake succeeded");
            } catch (SSLException refused) {
                assertTrue(refused.getMessage() != null, "refusal without reason");
            }
        }
    }

    @Test
    void silentClientIsDroppedAfterTheHandshakeTimeout() throws Exception {
        try (RunningInput input = RunningInput.start(tls.options("ssl_handshake_timeout", 200L));
             Socket socket = connect(input.port(Transport.TLS))) {
            assertEquals(-1, readOrEndOfStream(socket.getInputStream()));
        }
    }

    /** A minimal ClientHello offering only {@code version} and two CBC suites that TLS 1.1 knows. */
    private static byte[] clientHello(int version) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(version >> 8);
        body.write(version & 0xff);
        body.writeBytes(new byte[32]);
        body.write(0);
        body.writeBytes(new byte[] {0, 4, (byte) 0xC0, 0x13, 0x00, 0x2F});
        body.writeBytes(new byte[] {1, 0});
        byte[] hello = body.toByteArray();
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(new byte[] {0x16, 0x03, 0x01});
        int handshakeLength = hello.length + 4;
        record.write(handshakeLength >> 8);
        record.write(handshakeLength & 0xff);
        record.write(1);
        record.write(0);
        record.write(hello.length >> 8);
        record.write(hello.length & 0xff);
        record.writeBytes(hello);
        return record.toByteArray();
    }
}
