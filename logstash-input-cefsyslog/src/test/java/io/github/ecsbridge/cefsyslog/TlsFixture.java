package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.cefsyslog.TestCertificates.ClientIdentity;

import javax.net.ssl.SSLSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.ecsbridge.cefsyslog.Senders.SOCKET_TIMEOUT_MILLIS;

/**
 * The TLS side of the socket tests: certificates made once per test class, the input options that use them (an
 * encrypted key and its passphrase, as a careful operator would configure it), and clients of the TLS listener.
 */
final class TlsFixture {

    final TestCertificates certificates;

    TlsFixture(Path dir) throws Exception {
        certificates = TestCertificates.create(dir);
    }

    /** TLS with the default settings, plus {@code more} as name, value pairs. */
    Map<String, Object> options(Object... more) {
        Map<String, Object> options = new HashMap<>();
        options.put("ssl_enabled", true);
        options.put("ssl_certificate", certificates.serverCertificate.toString());
        options.put("ssl_key", certificates.serverEncryptedKey.toString());
        options.put("ssl_key_passphrase", TestCertificates.PASSPHRASE);
        for (int i = 0; i < more.length; i += 2) {
            options.put((String) more[i], more[i + 1]);
        }
        return options;
    }

    /** TLS where clients must present a certificate from the test CA. */
    Map<String, Object> mutualOptions() {
        return options("ssl_client_authentication", "required",
                "ssl_certificate_authorities", List.of(certificates.caCertificate.toString()));
    }

    /** A client of the input's TLS listener, trusting the test CA, limited to {@code protocol}; not yet handshaken. */
    SSLSocket client(RunningInput input, ClientIdentity identity, String protocol) throws Exception {
        SSLSocket socket = (SSLSocket) certificates.clientContext(identity, "TLS").getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), input.port(Transport.TLS));
        socket.setEnabledProtocols(new String[] {protocol});
        socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
        return socket;
    }
}
