package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code antivirus} log type: the anti-virus verdict of each message, such as
 * {@code sophos  antivirus - MID 66842418 0 - Virus 'CXmail/Phish-O' 'body.scan/Payment.html' 1 0}.
 */
final class AntivirusLogParser extends ShapeLogParser {

    AntivirusLogParser(FieldTypes types) {
        super("antivirus", types);
    }
}
