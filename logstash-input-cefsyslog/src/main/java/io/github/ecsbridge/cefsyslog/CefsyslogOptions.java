package io.github.ecsbridge.cefsyslog;

import co.elastic.logstash.api.Configuration;
import io.github.ecsbridge.ecs.EcsCompatibility;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.github.ecsbridge.cefsyslog.Cefsyslog.ECS_COMPATIBILITY_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.FRAMING_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.HOST_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.IDLE_TIMEOUT_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.LOCALE_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.MAX_CONNECTIONS_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.MAX_MESSAGE_SIZE_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.PORT_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.PRESERVE_ORIGINAL_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.PROTOCOLS_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.RECEIVE_BUFFER_BYTES_CONFIG;
import static io.github.ecsbridge.cefsyslog.Cefsyslog.TIMEZONE_CONFIG;
import static co.elastic.logstash.api.PluginHelper.ENABLE_METRIC_CONFIG;

/**
 * Every option of the {@code cefsyslog} input, read once and checked, including the rules that span options. Invalid
 * values fail here, when Logstash builds the pipeline, with an "[option] reason" message.
 */
public final class CefsyslogOptions {

    static final long MAX_MESSAGE_SIZE_LIMIT = 64L * 1024 * 1024;
    static final long MAX_CONNECTIONS_LIMIT = 1_000_000;
    static final long MAX_IDLE_TIMEOUT_SECONDS = 7L * 24 * 3600;
    static final long MAX_RECEIVE_BUFFER_BYTES = 1L << 30;

    private final String host;
    private final int port;
    private final Set<Transport> transports;
    private final TlsOptions tls;
    private final Framing framing;
    private final int maxMessageSize;
    private final int maxConnections;
    private final long idleTimeoutSeconds;
    private final int receiveBufferBytes;
    private final ZoneId timezone;
    private final Locale locale;
    private final EcsCompatibility ecsCompatibility;
    private final boolean preserveOriginal;
    private final boolean metricsEnabled;

    /** Reads and checks every option; throws {@link IllegalArgumentException} "[option] reason" on the first error. */
    public CefsyslogOptions(Configuration config) {
        OptionReader reader = new OptionReader(config);
        host = host(reader.string(HOST_CONFIG));
        port = (int) reader.number(PORT_CONFIG, 0, 65535);
        tls = TlsOptions.read(reader);
        transports = transports(reader, tls != null);
        framing = framing(reader.string(FRAMING_CONFIG));
        maxMessageSize = (int) reader.bytes(MAX_MESSAGE_SIZE_CONFIG, 1, MAX_MESSAGE_SIZE_LIMIT);
        maxConnections = (int) reader.number(MAX_CONNECTIONS_CONFIG, 1, MAX_CONNECTIONS_LIMIT);
        idleTimeoutSeconds = reader.number(IDLE_TIMEOUT_CONFIG, 0, MAX_IDLE_TIMEOUT_SECONDS);
        receiveBufferBytes = reader.isSet(RECEIVE_BUFFER_BYTES_CONFIG)
                ? (int) reader.bytes(RECEIVE_BUFFER_BYTES_CONFIG, 1, MAX_RECEIVE_BUFFER_BYTES) : 0;
        timezone = timezone(reader.string(TIMEZONE_CONFIG));
        locale = locale(reader.string(LOCALE_CONFIG));
        ecsCompatibility = EcsCompatibility.fromOption(reader.string(ECS_COMPATIBILITY_CONFIG));
        preserveOriginal = reader.bool(PRESERVE_ORIGINAL_CONFIG);
        metricsEnabled = !reader.isSet(ENABLE_METRIC_CONFIG) || reader.bool(ENABLE_METRIC_CONFIG);
    }

    /** The address to bind; a name is resolved when the listeners start. */
    public String host() {
        return host;
    }

    /** The port of every listener; 0 picks a free port (the TCP one, reused for UDP when free). */
    public int port() {
        return port;
    }

    /** The listeners to open: UDP, and TCP or TLS. */
    public Set<Transport> transports() {
        return transports;
    }

    /** The TLS settings, or {@code null} when {@code ssl_enabled} is false. */
    TlsOptions tls() {
        return tls;
    }

    /** How TCP and TLS streams are cut into messages. */
    public Framing framing() {
        return framing;
    }

    /** The longest message kept, in bytes; longer ones are cut and tagged. */
    public int maxMessageSize() {
        return maxMessageSize;
    }

    /** The most connections open at once. */
    public int maxConnections() {
        return maxConnections;
    }

    /** Seconds without data after which a connection is closed; 0 keeps idle connections open. */
    public long idleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    /** SO_RCVBUF for the UDP socket and each connection; 0 leaves the operating system's default. */
    public int receiveBufferBytes() {
        return receiveBufferBytes;
    }

    /** The zone for timestamps without one. */
    public ZoneId timezone() {
        return timezone;
    }

    /** The locale of month and day names in timestamps. */
    public Locale locale() {
        return locale;
    }

    /** Which field names events get. */
    public EcsCompatibility ecsCompatibility() {
        return ecsCompatibility;
    }

    /** Whether each message is copied to {@code event.original}. */
    public boolean preserveOriginal() {
        return preserveOriginal;
    }

    /** Whether metrics are reported ({@code enable_metric}). */
    public boolean metricsEnabled() {
        return metricsEnabled;
    }

    private static String host(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("[" + HOST_CONFIG.name() + "] must not be empty");
        }
        return value.trim();
    }

    /**
     * With TLS on and {@code protocols} unset, only the TLS listener opens: a plain-text UDP listener nobody asked for
     * next to an encrypted one would be a surprise.
     */
    private static Set<Transport> transports(OptionReader reader, boolean tlsEnabled) {
        String option = PROTOCOLS_CONFIG.name();
        if (tlsEnabled && !reader.isSet(PROTOCOLS_CONFIG)) {
            return EnumSet.of(Transport.TLS);
        }
        List<String> values = reader.strings(PROTOCOLS_CONFIG);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("[" + option + "] must not be empty");
        }
        Set<Transport> transports = EnumSet.noneOf(Transport.class);
        for (String value : values) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "udp":
                    transports.add(Transport.UDP);
                    break;
                case "tcp":
                    transports.add(tlsEnabled ? Transport.TLS : Transport.TCP);
                    break;
                default:
                    throw new IllegalArgumentException(
                            "[" + option + "] unknown protocol '" + value + "', expected udp or tcp");
            }
        }
        if (tlsEnabled && !transports.contains(Transport.TLS)) {
            throw new IllegalArgumentException("[ssl_enabled] needs tcp in [" + option + "]: TLS runs over TCP");
        }
        return transports;
    }

    private static Framing framing(String value) {
        for (Framing framing : Framing.values()) {
            if (framing.optionValue().equals(value)) {
                return framing;
            }
        }
        throw new IllegalArgumentException("[" + FRAMING_CONFIG.name()
                + "] must be one of [auto, octet_counting, lf, nul], got '" + value + "'");
    }

    private static ZoneId timezone(String value) {
        if (value == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("[" + TIMEZONE_CONFIG.name() + "] unknown time zone '" + value
                    + "', expected a name such as Europe/Paris or an offset such as +02:00");
        }
    }

    private static Locale locale(String value) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value.trim().replace('_', '-')).build();
            if (!locale.getLanguage().isEmpty()) {
                return locale;
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        throw new IllegalArgumentException("[" + LOCALE_CONFIG.name() + "] invalid locale '" + value
                + "', expected a language tag such as en or en-US");
    }
}
