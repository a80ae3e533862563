package io.github.ecsbridge.cefsyslog;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Input;
import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.Password;
import co.elastic.logstash.api.PluginConfigSpec;
import co.elastic.logstash.api.PluginHelper;
import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import org.apache.logging.log4j.Logger;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Logstash input {@code cefsyslog}: receives syslog over UDP, TCP and TLS and emits one ECS event per message, with
 * the syslog header and the CEF payload parsed. Options are checked by {@link CefsyslogOptions}; the sockets run in
 * {@link SyslogServer}.
 */
@LogstashPlugin(name = "cefsyslog")
public class Cefsyslog implements Input {

    public static final PluginConfigSpec<String> HOST_CONFIG = PluginConfigSpec.stringSetting("host", "0.0.0.0");
    public static final PluginConfigSpec<Long> PORT_CONFIG = PluginConfigSpec.numSetting("port", 5514);
    public static final PluginConfigSpec<List<Object>> PROTOCOLS_CONFIG =
            PluginConfigSpec.arraySetting("protocols", List.of("udp", "tcp"), false, false);
    public static final PluginConfigSpec<Boolean> SSL_ENABLED_CONFIG =
            PluginConfigSpec.booleanSetting("ssl_enabled", false);
    public static final PluginConfigSpec<String> SSL_CERTIFICATE_CONFIG =
            PluginConfigSpec.stringSetting("ssl_certificate");
    public static final PluginConfigSpec<String> SSL_KEY_CONFIG = PluginConfigSpec.stringSetting("ssl_key");
    public static final PluginConfigSpec<Password> SSL_KEY_PASSPHRASE_CONFIG =
            PluginConfigSpec.passwordSetting("ssl_key_passphrase");
    public static final PluginConfigSpec<List<Object>> SSL_CERTIFICATE_AUTHORITIES_CONFIG =
            PluginConfigSpec.arraySetting("ssl_certificate_authorities", List.of(), false, false);
    public static final PluginConfigSpec<String> SSL_CLIENT_AUTHENTICATION_CONFIG =
            PluginConfigSpec.stringSetting("ssl_client_authentication", "none");
    public static final PluginConfigSpec<List<Object>> SSL_SUPPORTED_PROTOCOLS_CONFIG =
            PluginConfigSpec.arraySetting("ssl_supported_protocols", List.copyOf(TlsOptions.ALLOWED_PROTOCOLS),
                    false, false);
    public static final PluginConfigSpec<List<Object>> SSL_CIPHER_SUITES_CONFIG =
            PluginConfigSpec.arraySetting("ssl_cipher_suites", List.copyOf(TlsOptions.DEFAULT_CIPHER_SUITES),
                    false, false);
    /** Milliseconds, as in the beats input. */
    public static final PluginConfigSpec<Long> SSL_HANDSHAKE_TIMEOUT_CONFIG =
            PluginConfigSpec.numSetting("ssl_handshake_timeout", 10_000);
    public static final PluginConfigSpec<String> FRAMING_CONFIG = PluginConfigSpec.stringSetting("framing", "auto");
    public static final PluginConfigSpec<Long> MAX_MESSAGE_SIZE_CONFIG =
            PluginConfigSpec.numSetting("max_message_size", 65_536);
    public static final PluginConfigSpec<Long> MAX_CONNECTIONS_CONFIG =
            PluginConfigSpec.numSetting("max_connections", 1_000);
    /** Seconds; 0 keeps idle connections open. */
    public static final PluginConfigSpec<Long> IDLE_TIMEOUT_CONFIG = PluginConfigSpec.numSetting("idle_timeout", 0);
    public static final PluginConfigSpec<Long> RECEIVE_BUFFER_BYTES_CONFIG =
            PluginConfigSpec.numSetting("receive_buffer_bytes");
    public static final PluginConfigSpec<String> TIMEZONE_CONFIG = PluginConfigSpec.stringSetting("timezone");
    public static final PluginConfigSpec<String> LOCALE_CONFIG = PluginConfigSpec.stringSetting("locale", "en");
    public static final PluginConfigSpec<String> ECS_COMPATIBILITY_CONFIG =
            PluginConfigSpec.stringSetting("ecs_compatibility", "v8");
    public static final PluginConfigSpec<Boolean> PRESERVE_ORIGINAL_CONFIG =
            PluginConfigSpec.booleanSetting("preserve_original", false);

    private static final List<PluginConfigSpec<?>> SETTINGS = List.of(HOST_CONFIG, PORT_CONFIG, PROTOCOLS_CONFIG,
            SSL_ENABLED_CONFIG, SSL_CERTIFICATE_CONFIG, SSL_KEY_CONFIG, SSL_KEY_PASSPHRASE_CONFIG,
            SSL_CERTIFICATE_AUTHORITIES_CONFIG, SSL_CLIENT_AUTHENTICATION_CONFIG, SSL_SUPPORTED_PROTOCOLS_CONFIG,
            SSL_CIPHER_SUITES_CONFIG, SSL_HANDSHAKE_TIMEOUT_CONFIG, FRAMING_CONFIG, MAX_MESSAGE_SIZE_CONFIG,
            MAX_CONNECTIONS_CONFIG, IDLE_TIMEOUT_CONFIG, RECEIVE_BUFFER_BYTES_CONFIG, TIMEZONE_CONFIG, LOCALE_CONFIG,
            ECS_COMPATIBILITY_CONFIG, PRESERVE_ORIGINAL_CONFIG);

    private final String id;
    private final CefsyslogOptions options;
    private final SyslogServer server;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean stopRequested;

    /** The constructor Logstash calls; checks every option and fails with "[option] reason". */
    public Cefsyslog(String id, Configuration config, Context context) {
        this(id, config, context, Clock.systemUTC());
    }

    /** Seam for tests: a fixed clock makes the year of RFC 3164 timestamps and fallback times predictable. */
    Cefsyslog(String id, Configuration config, Context context, Clock clock) {
        this.id = id;
        this.options = new CefsyslogOptions(config);
        Logger logger = context.getLogger(this);
        if (config.contains(PluginHelper.CODEC_CONFIG)) {
            logger.warn("[cefsyslog] the codec option is ignored: framing and decoding are built into this input");
        }
        InputMetrics metrics = options.metricsEnabled() ? InputMetrics.of(context.getMetric(this))
                : InputMetrics.disabled();
        MessageDecoder decoder = new MessageDecoder(DecoderOptions.builder()
                .zone(options.timezone())
                .locale(options.locale())
                .clock(clock)
                .ecsCompatibility(options.ecsCompatibility())
                .preserveOriginal(options.preserveOriginal())
                .build());
        SyslogEventBuilder builder = new SyslogEventBuilder(decoder, options.ecsCompatibility(),
                options.maxMessageSize(), metrics);
        this.server = new SyslogServer(options, builder, metrics, logger);
    }

    /** Binds the listeners and blocks until {@link #stop()}; throws when a listener cannot bind. */
    @Override
    public void start(Consumer<Map<String, Object>> consumer) {
        try {
            if (!stopRequested) {
                server.run(consumer);
            }
        } finally {
            done.countDown();
        }
    }

    /** Stops accepting at once; frames already read still reach the queue before {@link #awaitStop()} returns. */
    @Override
    public void stop() {
        stopRequested = true;
        server.stop();
    }

    @Override
    public void awaitStop() throws InterruptedException {
        done.await();
    }

    @Override
    public Collection<PluginConfigSpec<?>> configSchema() {
        return PluginHelper.commonInputSettings(SETTINGS);
    }

    @Override
    public String getId() {
        return id;
    }

    /**
     * Completes once {@link #start} has bound every listener, with each one's local address (the real port when
     * {@code port => 0}), or fails with the bind error. For tests, the CLI and load generators.
     */
    public CompletableFuture<Map<Transport, InetSocketAddress>> boundAddresses() {
        return server.boundAddresses();
    }

    /** The checked options. */
    public CefsyslogOptions options() {
        return options;
    }
}
