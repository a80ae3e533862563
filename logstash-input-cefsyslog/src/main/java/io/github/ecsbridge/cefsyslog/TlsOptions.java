package io.github.ecsbridge.cefsyslog;

import co.elastic.logstash.api.Password;
import co.elastic.logstash.api.PluginConfigSpec;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

import javax.net.ssl.SSLContext;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.github.ecsbridge.cefsyslog.Cefsyslog.SSL_CERTIFICATE_AUTHORITIES_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.SSL_CERTIFICATE_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.SSL_CIPHER_SUITES_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.SSL_CLIENT_AUTHENTICATION_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.SSL_ENABLED_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.SSL_HANDSHAKE_TIMEOUT_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.SSL_KEY_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.SSL_KEY_PASSPHRASE_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.SSL_SUPPORTED_PROTOCOLS_CONFIG;

/**
 * The {@code ssl_*} options, checked when the plugin is built and turned into the server's {@link SslContext}:
 * TLSv1.2 and TLSv1.3 only, AEAD cipher suites with forward secrecy by default, and the JDK's TLS provider, so no
 * native library ships in the gem. The key passphrase is used once to read the key and never logged.
 */
final class TlsOptions {

    /** Protocols the {@code ssl_supported_protocols} option may name; older ones are refused (RFC 8996). */
    static final List<String> ALLOWED_PROTOCOLS = List.of("TLSv1.2", "TLSv1.3");

    /** Default suites: TLS 1.3 ones, then ECDHE with AES-GCM or ChaCha20-Poly1305 for TLS 1.2 (RFC 9662 direction). */
    static final List<String> DEFAULT_CIPHER_SUITES = List.of(
            "TLS_AES_256_GCM_SHA384",
            "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

    static final long MAX_HANDSHAKE_TIMEOUT_MILLIS = 3_600_000;

    private final SslContext sslContext;
    private final long handshakeTimeoutMillis;

    private TlsOptions(SslContext sslContext, long handshakeTimeoutMillis) {
        this.sslContext = sslContext;
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    }

    /**
     * Reads the options; returns {@code null} when {@code ssl_enabled} is false, after checking that no other
     * {@code ssl_*} option was set, since a certificate configured on a plain-text listener is a mistake.
     */
    static TlsOptions read(OptionReader reader) {
        if (!reader.bool(SSL_ENABLED_CONFIG)) {
            // Built here, not in a constant: Cefsyslog's constants are still null while it initializes this class.
            List<PluginConfigSpec<?>> dependentOptions = List.of(SSL_CERTIFICATE_CONFIG, SSL_KEY_CONFIG,
                    SSL_KEY_PASSPHRASE_CONFIG, SSL_CERTIFICATE_AUTHORITIES_CONFIG, SSL_CLIENT_AUTHENTICATION_CONFIG,
                    SSL_SUPPORTED_PROTOCOLS_CONFIG, SSL_CIPHER_SUITES_CONFIG, SSL_HANDSHAKE_TIMEOUT_CONFIG);
            for (PluginConfigSpec<?> spec : dependentOptions) {
                if (reader.isSet(spec)) {
                    throw new IllegalArgumentException("[" + spec.name() + "] needs ssl_enabled => true");
                }
            }
            return null;
        }
        Path certificateFile = requiredFile(reader, SSL_CERTIFICATE_CONFIG);
        Path keyFile = requiredFile(reader, SSL_KEY_CONFIG);
        ClientAuth clientAuth = clientAuth(reader.string(SSL_CLIENT_AUTHENTICATION_CONFIG));
        List<X509Certificate> authorities = authorities(reader, clientAuth);
        List<String> protocols = protocols(reader.strings(SSL_SUPPORTED_PROTOCOLS_CONFIG));
        List<String> cipherSuites = cipherSuites(reader.strings(SSL_CIPHER_SUITES_CONFIG));
        long handshakeTimeout = reader.number(SSL_HANDSHAKE_TIMEOUT_CONFIG, 1, MAX_HANDSHAKE_TIMEOUT_MILLIS);

        List<X509Certificate> chain = PemFiles.certificates(SSL_CERTIFICATE_CONFIG.name(), certificateFile);
        Password passphrase = reader.password(SSL_KEY_PASSPHRASE_CONFIG);
        PrivateKey key = PemFiles.privateKey(SSL_KEY_CONFIG.name(), keyFile, SSL_KEY_PASSPHRASE_CONFIG.name(),
                passphrase);
        PemFiles.checkPair(SSL_KEY_CONFIG.name(), SSL_CERTIFICATE_CONFIG.name(), key, chain.get(0));

        SslContextBuilder builder = SslContextBuilder.forServer(key, chain.toArray(new X509Certificate[0]))
                .sslProvider(SslProvider.JDK)
                .protocols(protocols)
                .ciphers(cipherSuites)
                .clientAuth(clientAuth);
        if (!authorities.isEmpty()) {
            builder.trustManager(authorities.toArray(new X509Certificate[0]));
        }
        try {
            return new TlsOptions(builder.build(), handshakeTimeout);
        } catch (javax.net.ssl.SSLException | RuntimeException e) {
            throw new IllegalArgumentException("[" + SSL_CERTIFICATE_CONFIG.name() + "] cannot set up TLS: "
                    + e.getMessage(), e);
        }
    }

    /** Shared by all connections; each gets its own engine from it. */
    SslContext sslContext() {
        return sslContext;
    }

    long handshakeTimeoutMillis() {
        return handshakeTimeoutMillis;
    }

    private static Path requiredFile(OptionReader reader, PluginConfigSpec<String> spec) {
        String value = reader.string(spec);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("[" + spec.name() + "] is required when ssl_enabled is true");
        }
        return readableFile(spec.name(), value);
    }

    private static Path readableFile(String option, String value) {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("[" + option + "] invalid path '" + value + "'", e);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("[" + option + "] file '" + value + "' is not readable");
        }
        return path;
    }

    private static ClientAuth clientAuth(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "none":
                return ClientAuth.NONE;
            case "optional":
                return ClientAuth.OPTIONAL;
            case "required":
                return ClientAuth.REQUIRE;
            default:
                throw new IllegalArgumentException("[" + SSL_CLIENT_AUTHENTICATION_CONFIG.name()
                        + "] must be one of [none, optional, required], got '" + value + "'");
        }
    }

    private static List<X509Certificate> authorities(OptionReader reader, ClientAuth clientAuth) {
        List<String> files = reader.strings(SSL_CERTIFICATE_AUTHORITIES_CONFIG);
        String option = SSL_CERTIFICATE_AUTHORITIES_CONFIG.name();
        if (clientAuth == ClientAuth.NONE && !files.isEmpty()) {
            throw new IllegalArgumentException(
                    "[" + option + "] needs ssl_client_authentication 'optional' or 'required'");
        }
        if (clientAuth != ClientAuth.NONE && files.isEmpty()) {
            throw new IllegalArgumentException("[" + option + "] is required when ssl_client_authentication is '"
                    + (clientAuth == ClientAuth.REQUIRE ? "required" : "optional") + "'");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (String file : files) {
            certificates.addAll(PemFiles.certificates(option, readableFile(option, file)));
        }
        return certificates;
    }

    private static List<String> protocols(List<String> values) {
        String option = SSL_SUPPORTED_PROTOCOLS_CONFIG.name();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("[" + option + "] must not be empty");
        }
        for (String value : values) {
            if (!ALLOWED_PROTOCOLS.contains(value)) {
                throw new IllegalArgumentException(
                        "[" + option + "] '" + value + "' is not allowed, use TLSv1.2 or TLSv1.3");
            }
        }
        return values;
    }

    private static List<String> cipherSuites(List<String> values) {
        String option = SSL_CIPHER_SUITES_CONFIG.name();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("[" + option + "] must not be empty");
        }
        Set<String> supported = supportedCipherSuites();
        for (String value : values) {
            if (!supported.contains(value)) {
                throw new IllegalArgumentException(
                        "[" + option + "] '" + value + "' is not supported by this Java runtime");
            }
        }
        return values;
    }

    private static Set<String> supportedCipherSuites() {
        try {
            return new HashSet<>(Arrays.asList(
                    SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime offers no TLS implementation", e);
        }
    }
}
