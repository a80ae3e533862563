package io.github.ecsbridge.ciscoesa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered message shapes of one log type, read from {@code shapes/<name>.tsv} (columns: shape id, flags
 * {@code -} or {@code i} for case-insensitive literals, template). The first shape that matches the whole message
 * wins, as in the integration's grok lists.
 */
final class ShapeTable {

    /** A successful match: which shape, and the value of each capture. */
    record Match(String shape, String[] names, Field[] fields, String[] values) {

        /** The value of a capture, or {@code null} when the shape has no such capture or it captured nothing. */
        String value(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        /** Writes every capture whose name is a field (not starting with {@code _}). */
        void writeFields(FieldWriter out) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] != null) {
                    out.put(fields[i], values[i]);
                }
            }
        }
    }

    /** @param fields the field of each capture slot, {@code null} for scratch captures */
    private record Shape(String id, LineTemplate template, Field[] fields) {
    }

    private final String name;
    private final Shape[] shapes;
    /** Room for the capture bounds of the shape with the most captures. */
    private final int boundsLength;

    private ShapeTable(String name, List<Shape> shapes) {
        this.name = name;
        this.shapes = shapes.toArray(new Shape[0]);
        int most = 0;
        for (Shape shape : shapes) {
            most = Math.max(most, shape.template().names().length);
        }
        this.boundsLength = most * 2;
    }

    /** Loads {@code shapes/<name>.tsv}; every template must compile and every capture must name a declared field. */
    static ShapeTable load(String name, FieldTypes types) {
        List<Shape> shapes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TableReader.Row row : TableReader.read("shapes/" + name + ".tsv", 3)) {
            if (!ids.add(row.get(0))) {
                throw row.error("duplicate shape id '" + row.get(0) + "'");
            }
            if (!row.get(1).equals("-") && !row.get(1).equals("i")) {
                throw row.error("flags must be '-' or 'i', got '" + row.get(1) + "'");
            }
            LineTemplate template;
            try {
                template = LineTemplate.compile(row.get(2), row.get(1).equals("i"));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            Field[] fields = new Field[template.names().length];
            for (int slot = 0; slot < fields.length; slot++) {
                String capture = template.names()[slot];
                if (!capture.startsWith("_")) {
                    fields[slot] = types.field(capture);
                    if (fields[slot] == null) {
                        throw row.error("capture '" + capture + "' is not a declared field");
                    }
                }
            }
            shapes.add(new Shape(row.get(0), template, fields));
        }
        return new ShapeTable(name, List.copyOf(shapes));
    }

    /** The first shape the whole message has, or {@code null}. */
    Match match(String message) {
        // One bounds array per call, shared by the shapes tried: a shape that fails allocates nothing.
        int[] bounds = new int[boundsLength];
        for (Shape shape : shapes) {
            LineTemplate template = shape.template();
            if (template.matches(message, bounds)) {
                return new Match(shape.id(), template.names(), shape.fields(), template.values(message, bounds));
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "shapes/" + name + ".tsv";
    }
}
