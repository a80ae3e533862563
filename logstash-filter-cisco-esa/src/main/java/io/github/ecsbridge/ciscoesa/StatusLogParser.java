package io.github.ecsbridge.ciscoesa;

import java.util.HashMap;
import java.util.Map;

/**
 * Parser of the {@code status} log type: the periodic {@code Status: CPULd 0 DskIO 0 ... InjBytes 0} counters. The
 * record is read as {@code Key value} pairs with the keys of {@code status-keys.tsv}, in any order and with any
 * key missing, so AsyncOS 16 records without {@code SwapUsage} parse too (the integration's fixed pattern does not).
 */
final class StatusLogParser implements LogTypeParser {

    private static final String PREFIX = "Status: ";
    private static final String SHAPE = "status";

    private final Map<String, Field> targets;

    StatusLogParser(FieldTypes types) {
        Map<String, Field> targets = new HashMap<>();
        for (TableReader.Row row : TableReader.read("status-keys.tsv", 2)) {
            Field target = types.require(FieldNames.expand(row.get(1)), row);
            if (targets.put(row.get(0), target) != null) {
                throw row.error("duplicate key '" + row.get(0) + "'");
            }
        }
        this.targets = Map.copyOf(targets);
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String parse(String message, FieldWriter out) {
        if (!message.startsWith(PREFIX)) {
            return null;
        }
        int i = PREFIX.length();
        boolean any = false;
        while (i < message.length()) {
            int keyEnd = message.indexOf(' ', i);
            if (keyEnd < 0) {
                break;
            }
            int valueEnd = message.indexOf(' ', keyEnd + 1);
            if (valueEnd < 0) {
                valueEnd = message.length();
            }
            Field target = targets.get(message.substring(i, keyEnd));
            if (target != null) {
                out.put(target, message.substring(keyEnd + 1, valueEnd));
                any = true;
            }
            i = valueEnd + 1;
        }
        return any ? SHAPE : null;
    }
}
