package io.github.ecsbridge.ciscoesa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parser of each log type, keyed by the integration's category names: the ESA log subscription names the
 * integration's documentation asks for, plus {@code SplunkGIS}, which it routes like consolidated events. The same
 * keys name the sample files {@code samples/cisco_esa/<type>.log} and the ingest pipelines {@code pipeline_<type>}.
 */
final class LogTypes {

    private LogTypes() {
    }

    static Map<String, LogTypeParser> standard(FieldTypes types) {
        ConsolidatedEventParser consolidated = new ConsolidatedEventParser(types);
        Map<String, LogTypeParser> parsers = new LinkedHashMap<>();
        parsers.put("amp", new AmpLogParser(types));
        parsers.put("antispam", new AntiSpamLogParser(types));
        parsers.put("antivirus", new AntivirusLogParser(types));
        parsers.put("authentication", new AuthenticationLogParser(types));
        parsers.put("bounces", new BounceLogParser(types));
        parsers.put("consolidated_event", consolidated);
        parsers.put("SplunkGIS", consolidated);
        parsers.put("content_scanner", new ContentScannerLogParser(types));
        parsers.put("error_logs", new ErrorLogParser(types));
        parsers.put("gui_logs", new GuiLogParser(types, UserAgentParser.load()));
        parsers.put("mail_logs", new TextMailLogParser(types));
        parsers.put("status", new StatusLogParser(types));
        parsers.put("system", new SystemLogParser(types));
        return Collections.unmodifiableMap(parsers);
    }
}
