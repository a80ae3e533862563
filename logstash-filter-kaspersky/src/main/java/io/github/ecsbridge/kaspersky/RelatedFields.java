package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.ecs.EcsDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fills the ECS {@code related.*} lists from mapped fields, by the rows of {@code related.tsv}. Immutable. */
final class RelatedFields {

    static final String TABLE = "related.tsv";
    static final String HEADER = "field\trelated";

    /** The vendor root the table writes; rows below it move with the {@code target} option. */
    static final String TABLE_ROOT = "kaspersky.";

    /** One row. */
    record Rule(String field, String related) {
    }

    private final List<Rule> rules;
    /** The field of each rule split at its dots, since every mapped event reads them all. */
    private final String[][] paths;

    RelatedFields(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.paths = new String[rules.size()][];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = rules.get(i).field().split("\\.", -1);
        }
    }

    /** Reads {@code related.tsv}. */
    static RelatedFields load() {
        List<Rule> rules = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(TABLE, HEADER)) {
            String related = row.required(1, "related");
            if (!related.startsWith("related.")) {
                throw row.problem("[related] must be a related.* field");
            }
            rules.add(new Rule(row.required(0, "field"), related));
        }
        return new RelatedFields(rules);
    }

    /** The same rules with vendor fields under {@code vendorRoot} instead of {@code kaspersky}. */
    RelatedFields withVendorRoot(String vendorRoot) {
        List<Rule> moved = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            String field = rule.field().startsWith(TABLE_ROOT)
                    ? vendorRoot + "." + rule.field().substring(TABLE_ROOT.length())
                    : rule.field();
            moved.add(new Rule(field, rule.related()));
        }
        return new RelatedFields(moved);
    }

    /** Appends every value of every listed field to its related list, once. */
    void fill(EcsDocument document) {
        for (int i = 0; i < paths.length; i++) {
            Object value = EcsDocument.valueAt(document.toMap(), paths[i]);
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    document.append(rules.get(i).related(), item);
                }
            } else if (value != null && !(value instanceof Map)) {
                document.append(rules.get(i).related(), value);
            }
        }
    }

    /** The rows, in table order. */
    List<Rule> rules() {
        return rules;
    }
}
