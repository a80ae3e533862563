package io.github.ecsbridge.ciscoesa;

/** Base of the log types whose messages are recognised by the shapes in {@code shapes/<type>.tsv}. */
abstract class ShapeLogParser implements LogTypeParser {

    private final String name;
    private final ShapeTable shapes;

    ShapeLogParser(String name, FieldTypes types) {
        this.name = name;
        this.shapes = ShapeTable.load(name, types);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String parse(String message, FieldWriter out) {
        ShapeTable.Match match = shapes.match(message);
        if (match != null) {
            match.writeFields(out);
            afterMatch(match, out);
        }
        afterShapes(message, match, out);
        return match == null ? null : match.shape();
    }

    /** Work on the scratch captures of a matched shape; nothing by default. */
    void afterMatch(ShapeTable.Match match, FieldWriter out) {
    }

    /** Work that runs whether or not a shape matched; nothing by default. */
    void afterShapes(String message, ShapeTable.Match match, FieldWriter out) {
    }
}
