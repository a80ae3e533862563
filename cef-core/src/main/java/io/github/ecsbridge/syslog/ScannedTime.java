package io.github.ecsbridge.syslog;

import java.time.Instant;

/** A timestamp as written in a header and the instant it denotes ({@code null} when the values are impossible). */
record ScannedTime(String text, Instant instant) {
}
