package io.github.ecsbridge.cefsyslog;

import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.testkit.TestConfiguration;
import io.github.ecsbridge.testkit.TestContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CefsyslogOptionsTest {

    @TempDir
    static Path dir;
    private static TestCertificates certificates;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.create(dir);
    }

    private static CefsyslogOptions options(Map<String, ?> values) {
        return new Cefsyslog("options-test", new TestConfiguration(values), new TestContext()).options();
    }

    /** TLS options with working files, to which a case adds or overrides one thing; "-" removes an option. */
    private static Map<String, Object> tls(Object... overrides) {
        Map<String, Object> values = new HashMap<>();
        values.put("ssl_enabled", true);
        values.put("ssl_certificate", certificates.serverCertificate.toString());
        values.put("ssl_key", certificates.serverKey.toString());
        for (int i = 0; i < overrides.length; i += 2) {
            if ("-".equals(overrides[i + 1])) {
                values.remove((String) overrides[i]);
            } else {
                values.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return values;
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("port above range", Map.of("port", 70000L), "[port] must be between 0 and 65535, got 70000"),
                Arguments.of("port negative", Map.of("port", -1L), "[port] must be between 0 and 65535, got -1"),
                Arguments.of("port not a number", Map.of("port", "abc"), "[port] must be a whole number, got 'abc'"),
                Arguments.of("port with fraction", Map.of("port", 5514.5), "[port] must be a whole number, got 5514.5"),
                Arguments.of("port as list", Map.of("port", List.of(1L)), "[port] must be a whole number, got [1]"),
                Arguments.of("empty host", Map.of("host", " "), "[host] must not be empty"),
                Arguments.of("unknown protocol", Map.of("protocols", List.of("udp", "sctp")),
                        "[protocols] unknown protocol 'sctp', expected udp or tcp"),
                Arguments.of("no protocol", Map.of("protocols", List.of()), "[protocols] must not be empty"),
                Arguments.of("unknown framing", Map.of("framing", "crlf"),
                        "[framing] must be one of [auto, octet_counting, lf, nul], got 'crlf'"),
                Arguments.of("zero max_message_size", Map.of("max_message_size", 0L),
                        "[max_message_size] must be between 1 and 67108864, got 0"),
                Arguments.of("max_message_size over limit", Map.of("max_message_size", "65MiB"),
                        "[max_message_size] must be between 1 and 67108864, got 68157440"),
                Arguments.of("max_message_size without number", Map.of("max_message_size", "huge"),
                        "[max_message_size] must be a size such as 65536 or 64KiB, got 'huge'"),
                Arguments.of("zero max_connections", Map.of("max_connections", 0L),
                        "[max_connections] must be between 1 and 1000000, got 0"),
                Arguments.of("negative idle_timeout", Map.of("idle_timeout", -1L),
                        "[idle_timeout] must be between 0 and 604800, got -1"),
                Arguments.of("zero receive_buffer_bytes", Map.of("receive_buffer_bytes", 0L),
                        "[receive_buffer_bytes] must be between 1 and 1073741824, got 0"),
                Arguments.of("unknown time zone", Map.of("timezone", "Mars/Base"),
                        "[timezone] unknown time zone 'Mars/Base', expected a name such as Europe/Paris or an offset "
                                + "such as +02:00"),
                Arguments.of("invalid locale", Map.of("locale", "not a locale!"),
                        "[locale] invalid locale 'not a locale!', expected a language tag such as en or en-US"),
                Arguments.of("unknown ecs_compatibility", Map.of("ecs_compatibility", "v7"),
                        "[ecs_compatibility] must be one of [disabled, v1, v8], got 'v7'"),
                Arguments.of("preserve_original not boolean", Map.of("preserve_original", "yes"),
                        "[preserve_original] must be true or false, got 'yes'"),
                Arguments.of("ssl_enabled not boolean", Map.of("ssl_enabled", "maybe"),
                        "[ssl_enabled] must be true or false, got 'maybe'"),
                Arguments.of("certificate without ssl_enabled", Map.of("ssl_certificate", "server.crt"),
                        "[ssl_certificate] needs ssl_enabled => true"),
                Arguments.of("cipher suites without ssl_enabled", Map.of("ssl_cipher_suites", "TLS_AES_128_GCM_SHA256"),
                        "[ssl_cipher_suites] needs ssl_enabled => true"));
    }

    static Stream<Arguments> badTlsOptions() {
        return Stream.of(
                Arguments.of("ssl_enabled without certificate", tls("ssl_certificate", "-"),
                        "[ssl_certificate] is required when ssl_enabled is true"),
                Arguments.of("ssl_enabled without key", tls("ssl_key", "-"),
                        "[ssl_key] is required when ssl_enabled is true"),
                Arguments.of("unreadable certificate", tls("ssl_certificate", "/no/such/server.crt"),
                        "[ssl_certificate] file '/no/such/server.crt' is not readable"),
                Arguments.of("certificate file without certificate", tls("ssl_certificate", "{dir}/server.key"),
                        "[ssl_certificate] no PEM certificate found in '{dir}/server.key'"),
                Arguments.of("key file without key", tls("ssl_key", "{dir}/server.crt"),
                        "[ssl_key] no PKCS#8 private key found in '{dir}/server.crt'; convert PKCS#1 or SEC1 keys "
                                + "with 'openssl pkcs8 -topk8'"),
                Arguments.of("PKCS#1 key", tls("ssl_key", "{dir}/server-pkcs1.key"),
                        "[ssl_key] no PKCS#8 private key found in '{dir}/server-pkcs1.key'; convert PKCS#1 or SEC1 "
                                + "keys with 'openssl pkcs8 -topk8'"),
                Arguments.of("key of another certificate", tls("ssl_key", "{dir}/client.key"),
                        "[ssl_key] does not match the public key of [ssl_certificate]"),
                Arguments.of("encrypted key without passphrase", tls("ssl_key", "{dir}/server-encrypted.key"),
                        "[ssl_key_passphrase] is required: '{dir}/server-encrypted.key' holds an encrypted key"),
                Arguments.of("wrong passphrase", tls("ssl_key", "{dir}/server-encrypted.key",
                                "ssl_key_passphrase", "wrong-" + TestCertificates.PASSPHRASE),
                        "[ssl_key_passphrase] cannot decrypt the key in '{dir}/server-encrypted.key': wrong "
                                + "passphrase or unsupported encryption"),
                Arguments.of("TLSv1.1", tls("ssl_supported_protocols", List.of("TLSv1.1", "TLSv1.2")),
                        "[ssl_supported_protocols] 'TLSv1.1' is not allowed, use TLSv1.2 or TLSv1.3"),
                Arguments.of("SSLv3 alone", tls("ssl_supported_protocols", "SSLv3"),
                        "[ssl_supported_protocols] 'SSLv3' is not allowed, use TLSv1.2 or TLSv1.3"),
                Arguments.of("no protocol", tls("ssl_supported_protocols", List.of()),
                        "[ssl_supported_protocols] must not be empty"),
                Arguments.of("unknown cipher suite", tls("ssl_cipher_suites", List.of("TLS_FAKE_WITH_NOTHING")),
                        "[ssl_cipher_suites] 'TLS_FAKE_WITH_NOTHING' is not supported by this Java runtime"),
                Arguments.of("unknown client authentication", tls("ssl_client_authentication", "maybe"),
                        "[ssl_client_authentication] must be one of [none, optional, required], got 'maybe'"),
                Arguments.of("required client authentication without authorities",
                        tls("ssl_client_authentication", "required"),
                        "[ssl_certificate_authorities] is required when ssl_client_authentication is 'required'"),
                Arguments.of("authorities without client authentication",
                        tls("ssl_certificate_authorities", "{dir}/ca.crt"),
                        "[ssl_certificate_authorities] needs ssl_client_authentication 'optional' or 'required'"),
                Arguments.of("unreadable authority", tls("ssl_client_authentication", "optional",
                                "ssl_certificate_authorities", List.of("{dir}/ca.crt", "/no/such/ca.crt")),
                        "[ssl_certificate_authorities] file '/no/such/ca.crt' is not readable"),
                Arguments.of("zero handshake timeout", tls("ssl_handshake_timeout", 0L),
                        "[ssl_handshake_timeout] must be between 1 and 3600000, got 0"),
                Arguments.of("TLS with UDP only", tls("protocols", "udp"),
                        "[ssl_enabled] needs tcp in [protocols]: TLS runs over TCP"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource({"badOptions", "badTlsOptions"})
    void badOptionIsRejectedWithItsName(String name, Map<String, Object> values, String message) {
        Map<String, Object> resolved = new HashMap<>();
        values.forEach((key, value) -> resolved.put(key, withDir(value)));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> options(resolved));
        assertEquals(withDir(message), error.getMessage());
        assertFalse(error.getMessage().contains(TestCertificates.PASSPHRASE), "passphrase in a message");
    }

    private static Object withDir(Object value) {
        if (value instanceof String) {
            return ((String) value).replace("{dir}", dir.toString());
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(CefsyslogOptionsTest::withDir).toList();
        }
        return value;
    }

    @Test
    void defaultsFollowTheDocumentation() {
        CefsyslogOptions options = options(Map.of());
        assertEquals("0.0.0.0", options.host());
        assertEquals(5514, options.port());
        assertEquals(EnumSet.of(Transport.UDP, Transport.TCP), options.transports());
        assertNull(options.tls());
        assertEquals(Framing.AUTO, options.framing());
        assertEquals(65536, options.maxMessageSize());
        assertEquals(1000, options.maxConnections());
        assertEquals(0, options.idleTimeoutSeconds());
        assertEquals(0, options.receiveBufferBytes());
        assertEquals(ZoneId.systemDefault(), options.timezone());
        assertEquals(Locale.ENGLISH, options.locale());
        assertEquals(EcsCompatibility.V8, options.ecsCompatibility());
        assertFalse(options.preserveOriginal());
    }

    @Test
    void quotedNumbersAndBarewordsAreCoercedAsLogstashDoesForRubyPlugins() {
        CefsyslogOptions options = options(Map.of("port", "6514", "protocols", "tcp", "preserve_original", "true",
                "max_message_size", "64KiB", "receive_buffer_bytes", "1mb", "idle_timeout", 30.0,
                "framing", "octet_counting", "timezone", "+02:00", "locale", "de_DE"));
        assertEquals(6514, options.port());
        assertEquals(EnumSet.of(Transport.TCP), options.transports());
        assertEquals(65536, options.maxMessageSize());
        assertEquals(1_000_000, options.receiveBufferBytes());
        assertEquals(30, options.idleTimeoutSeconds());
        assertEquals(Framing.OCTET_COUNTING, options.framing());
        assertEquals(ZoneId.of("+02:00"), options.timezone());
        assertEquals(Locale.GERMANY, options.locale());
        assertEquals(true, options.preserveOriginal());
    }

    @Test
    void tlsAloneIsOpenedWhenProtocolsAreNotSet() {
        assertEquals(EnumSet.of(Transport.TLS), options(tls()).transports());
        assertEquals(EnumSet.of(Transport.UDP, Transport.TLS),
                options(tls("protocols", List.of("udp", "tcp"))).transports());
    }

    @Test
    void encryptedKeyIsReadWithItsPassphrase() {
        CefsyslogOptions options = options(tls("ssl_key", certificates.serverEncryptedKey.toString(),
                "ssl_key_passphrase", TestCertificates.PASSPHRASE, "ssl_client_authentication", "required",
                "ssl_certificate_authorities", certificates.caCertificate.toString(), "ssl_handshake_timeout", "5000"));
        assertNotNull(options.tls().sslContext());
        assertEquals(5000, options.tls().handshakeTimeoutMillis());
    }
}
