package io.github.ecsbridge.ciscoesa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names the log type of a message that came without one (no syslog tag, no file name, no {@code log_type}), from
 * the rows of {@code detection.tsv}: {@code prefix} or {@code contains} text and the log type, first match wins.
 * Messages no row recognises stay without a type, as unknown categories do in the integration.
 */
final class LogTypeDetector {

    private record Rule(boolean prefix, String text, String logType) {
    }

    private final List<Rule> rules;

    private LogTypeDetector(List<Rule> rules) {
        this.rules = rules;
    }

    static LogTypeDetector load(Set<String> logTypes) {
        List<Rule> rules = new ArrayList<>();
        for (TableReader.Row row : TableReader.read("detection.tsv", 3)) {
            if (!row.get(0).equals("prefix") && !row.get(0).equals("contains")) {
                throw row.error("match must be 'prefix' or 'contains', got '" + row.get(0) + "'");
            }
            if (!logTypes.contains(row.get(2))) {
                throw row.error("unknown log type '" + row.get(2) + "'");
            }
            rules.add(new Rule(row.get(0).equals("prefix"), row.get(1), row.get(2)));
        }
        return new LogTypeDetector(List.copyOf(rules));
    }

    /** The log type of the message, or {@code null}. */
    String detect(String message) {
        for (Rule rule : rules) {
            if (rule.prefix() ? message.startsWith(rule.text()) : message.contains(rule.text())) {
                return rule.logType();
            }
        }
        return null;
    }
}
