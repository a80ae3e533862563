package io.github.ecsbridge.syslog;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every syslog parse must give, whatever the line: a message whose payload is the text at its offset. */
final class ParsedMessages {

    private ParsedMessages() {
    }

    /** Fails unless {@code message}, parsed from {@code line}, has a format, warnings, and its payload at its offset. */
    static void assertConsistent(String line, SyslogMessage message) {
        assertNotNull(message);
        assertNotNull(message.format());
        assertNotNull(message.warnings());
        assertTrue(line.startsWith(message.payload(), message.payloadOffset()),
                () -> "payload is not the text at offset " + message.payloadOffset() + " of " + abbreviate(line));
    }

    private static String abbreviate(String line) {
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
