package io.github.ecsbridge.cefsyslog;

import java.util.Locale;

/** A kind of listener; TLS is TCP with {@code ssl_enabled}. Keys the map of bound addresses. */
public enum Transport {
    /** One message per datagram. */
    UDP,
    /** Plain-text connections. */
    TCP,
    /** Connections over TLS: the TCP listener when {@code ssl_enabled} is true. */
    TLS;

    /** The lower-case name, as in log lines and the {@code protocols} option. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
