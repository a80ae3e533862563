package io.github.ecsbridge.ciscoesa;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parser of the {@code consolidated_event} log type (and of {@code SplunkGIS}, which the integration routes here):
 * one CEF record per message, optionally after a timestamp. The header comes from
 * {@code shapes/consolidated_event.tsv}; the extensions, in any order and under short or long names, are mapped by
 * {@code consolidated-keys.tsv}. When a message carries a key twice, or both names of one field ({@code start} and
 * {@code startTime}), the first wins.
 *
 * <p>The extensions are split by {@link ConsolidatedExtensionSplitter} rather than cef-core's {@code CefScanner}:
 * the integration keeps ESA's values verbatim ({@code \\=} included) and AsyncOS leaves {@code =} unescaped inside
 * its dictionaries, so CEF unescaping would change or drop values that dashboards show.
 */
final class ConsolidatedEventParser extends ShapeLogParser {

    /** How a value becomes a field, reproducing each processor of the integration. */
    private enum Transform {
        /** Converted to the field's type; a failure is reported. */
        NONE,
        /** Converted to the field's type; a failure drops the value silently (ignore_failure). */
        QUIET,
        /** Percent-decoded, dropped silently when malformed. */
        URLDECODE,
        /** {@code '<id@host>'} loses {@code '<} and {@code >'}; an empty {@code ''} is dropped. */
        ANGLE_QUOTED,
        /** One leading and one trailing quote, single or double, removed. */
        UNQUOTE,
        /** A number, except the words {@code None} and {@code not enabled}, which are dropped. */
        SCORE,
        /** Kept as the string sent, whatever the field's type. */
        STRING
    }

    private record Key(Field target, Transform transform) {
    }

    private final Map<String, Key> keys;
    /** How many fields are declared, the size of the per-event set of fields written. */
    private final int fieldCount;

    ConsolidatedEventParser(FieldTypes types) {
        super("consolidated_event", types);
        Map<String, Key> keys = new HashMap<>();
        for (TableReader.Row row : TableReader.read("consolidated-keys.tsv", 3)) {
            Field target = types.require(FieldNames.expand(row.get(1)), row);
            Transform transform;
            try {
                transform = row.get(2).equals("-") ? Transform.NONE
                        : Transform.valueOf(row.get(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown transform '" + row.get(2) + "'");
            }
            if (keys.put(row.get(0), new Key(target, transform)) != null) {
                throw row.error("duplicate key '" + row.get(0) + "'");
            }
        }
        this.keys = Map.copyOf(keys);
        this.fieldCount = types.size();
    }

    @Override
    void afterMatch(ShapeTable.Match match, FieldWriter out) {
        // The integration keeps the header severity as sent ("5"), although ECS maps event.severity as a number.
        out.putRaw("event.severity", match.value("_severity"));
        String timestamp = match.value("_timestamp");
        if (timestamp != null) {
            try {
                out.eventTime(out.time().any(timestamp));
            } catch (DateTimeException e) {
                out.problem("[@timestamp] cannot read '" + timestamp + "' as a date");
            }
        }
        BitSet written = new BitSet(fieldCount);
        ConsolidatedExtensionSplitter.split(match.value("_extensions"), (name, value) -> {
            Key key = keys.get(name);
            if (key != null && !written.get(key.target().id())) {
                written.set(key.target().id());
                write(key, value, out);
            }
        });
    }

    private static void write(Key key, String value, FieldWriter out) {
        switch (key.transform()) {
            case NONE -> out.put(key.target(), value);
            case QUIET -> out.putQuietly(key.target(), value);
            case URLDECODE -> {
                try {
                    out.put(key.target(), URLDecoder.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // Dropped silently, as the integration's urldecode with ignore_failure does.
                }
            }
            case ANGLE_QUOTED -> {
                if (!value.equals("''")) {
                    String stripped = value.startsWith("'<") ? value.substring(2) : value;
                    out.put(key.target(), stripped.endsWith(">'")
                            ? stripped.substring(0, stripped.length() - 2) : stripped);
                }
            }
            case UNQUOTE -> out.put(key.target(), unquote(value));
            case SCORE -> {
                if (!value.equals("None") && !value.equals("not enabled")) {
                    out.put(key.target(), value);
                }
            }
            case STRING -> out.putRaw(key.target(), value);
            default -> throw new IllegalStateException("unhandled transform " + key.transform());
        }
    }

    private static String unquote(String value) {
        int start = !value.isEmpty() && (value.charAt(0) == '\'' || value.charAt(0) == '"') ? 1 : 0;
        int end = value.length();
        if (end > start && (value.charAt(end - 1) == '\'' || value.charAt(end - 1) == '"')) {
            end--;
        }
        return value.substring(start, end);
    }
}
