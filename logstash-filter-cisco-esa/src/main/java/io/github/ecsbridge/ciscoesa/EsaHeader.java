package io.github.ecsbridge.ciscoesa;

/**
 * What precedes an ESA message: any of syslog priority, timestamp text, host and category (the syslog tag or the
 * log type), the level word, and the message itself, trimmed. Absent parts are {@code null}.
 *
 * @param ctime whether {@code timestamp} is in the FTP-file form ({@code Thu Mar 17 18:24:37 2022}) rather than
 *              the syslog form ({@code Mar 17 18:24:37})
 */
record EsaHeader(Long priority, String timestamp, boolean ctime, String host, String category, String level,
                 String message) {
}
