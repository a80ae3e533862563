package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code error_logs} log type (IronPort text mail errors): internal SMTP failures, alert delivery
 * errors and quarantine errors.
 */
final class ErrorLogParser extends ShapeLogParser {

    ErrorLogParser(FieldTypes types) {
        super("error_logs", types);
    }
}
