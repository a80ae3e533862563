package io.github.ecsbridge.ciscoesa;

import java.time.Instant;

/**
 * The syslog header of an event whose header a syslog input has already parsed (our {@code cefsyslog} input, or
 * Logstash's {@code syslog} input), so that only the payload is left to read.
 *
 * @param category  the program tag, which ESA sets to the log type ({@code mail_logs}); may be {@code null}
 * @param host      the host name of the header, or {@code null}
 * @param priority  the PRI value, or {@code null}
 * @param timestamp the time of the header, or {@code null}
 */
public record ReceivedHeader(String category, String host, Long priority, Instant timestamp) {
}
