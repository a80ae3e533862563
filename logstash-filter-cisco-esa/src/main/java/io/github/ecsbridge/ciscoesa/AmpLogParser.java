package io.github.ecsbridge.ciscoesa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser of the {@code amp} log type (AMP engine: file reputation and file analysis). The message family is
 * recognised by {@code shapes/amp.tsv}; the key/value list it carries is split by {@link AmpKeyValueSplitter} with
 * the keys of {@code amp-keys.tsv}, and the bracketed details of skipped uploads by {@code shapes/amp-details.tsv}.
 */
final class AmpLogParser extends ShapeLogParser {

    /** How a value is cleaned before it is converted to its field's type. */
    private enum Transform { NONE, UNQUOTE, STRIP_BYTES }

    private record Key(Field target, Transform transform) {
    }

    /** Only the "initiating" family separates keys from values with '=' alone. */
    private static final String EQUALS_ONLY_SHAPE = "initiating";

    private final Map<String, Key> keys;
    private final AmpKeyValueSplitter splitter;
    private final ShapeTable details;

    AmpLogParser(FieldTypes types) {
        super("amp", types);
        Map<String, Key> keys = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (TableReader.Row row : TableReader.read("amp-keys.tsv", 3)) {
            Field target = types.require(FieldNames.expand(row.get(1)), row);
            Transform transform = switch (row.get(2)) {
                case "-" -> Transform.NONE;
                case "unquote" -> Transform.UNQUOTE;
                case "strip_bytes" -> Transform.STRIP_BYTES;
                default -> throw row.error("unknown transform '" + row.get(2) + "'");
            };
            if (keys.put(row.get(0), new Key(target, transform)) != null) {
                throw row.error("duplicate key '" + row.get(0) + "'");
            }
            order.add(row.get(0));
        }
        this.keys = Map.copyOf(keys);
        this.splitter = new AmpKeyValueSplitter(order);
        this.details = ShapeTable.load("amp-details", types);
    }

    @Override
    void afterMatch(ShapeTable.Match match, FieldWriter out) {
        String list = match.value("_kv");
        if (list != null) {
            splitter.split(list, !match.shape().equals(EQUALS_ONLY_SHAPE), (name, value) -> write(name, value, out));
        }
        String bracketed = match.value("_details");
        if (bracketed != null) {
            ShapeTable.Match inner = details.match(bracketed);
            if (inner != null) {
                inner.writeFields(out);
            }
        }
    }

    private void write(String name, String value, FieldWriter out) {
        Key key = keys.get(name);
        String cleaned = switch (key.transform()) {
            case UNQUOTE -> value.replace("'", "");
            case STRIP_BYTES -> value.replace(" bytes", "");
            case NONE -> value;
        };
        out.put(key.target(), cleaned);
    }
}
