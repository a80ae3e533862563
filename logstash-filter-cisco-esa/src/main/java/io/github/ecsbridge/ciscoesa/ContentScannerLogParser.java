package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code content_scanner} log type: messages of the Perceptive content scanner service, such as
 * {@code PF: Starting multi-threaded Perceptive server (pid=17729)}.
 */
final class ContentScannerLogParser extends ShapeLogParser {

    ContentScannerLogParser(FieldTypes types) {
        super("content_scanner", types);
    }
}
