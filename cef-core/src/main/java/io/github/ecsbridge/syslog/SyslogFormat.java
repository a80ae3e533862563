package io.github.ecsbridge.syslog;

/** Which header a syslog line carried. */
public enum SyslogFormat {
    /** {@code <PRI>VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG}. */
    RFC5424,
    /** BSD syslog and its variants in the wild: optional PRI, a timestamp, optional host and tag. */
    RFC3164,
    /** No header at all: bare CEF or bare text. */
    NONE
}
