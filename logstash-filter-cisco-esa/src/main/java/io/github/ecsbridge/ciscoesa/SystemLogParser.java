package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code system} log type: configuration commits, DNS problems and other appliance messages.
 */
final class SystemLogParser extends ShapeLogParser {

    SystemLogParser(FieldTypes types) {
        super("system", types);
    }
}
