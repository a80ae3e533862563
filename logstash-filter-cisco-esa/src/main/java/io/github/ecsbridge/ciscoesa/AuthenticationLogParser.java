package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code authentication} log type: log-on, log-out and authentication results of GUI, CLI and SSH
 * users, such as {@code The user admin successfully logged on from 1.128.3.4 with privilege admin using an HTTPS
 * connection.}
 */
final class AuthenticationLogParser extends ShapeLogParser {

    AuthenticationLogParser(FieldTypes types) {
        super("authentication", types);
    }
}
