package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code antispam} log type: messages of the anti-spam (CASE) daemon, such as
 * {@code case antispam - engine (72324) : case-daemon: Initializing Child}.
 */
final class AntiSpamLogParser extends ShapeLogParser {

    AntiSpamLogParser(FieldTypes types) {
        super("antispam", types);
    }
}
