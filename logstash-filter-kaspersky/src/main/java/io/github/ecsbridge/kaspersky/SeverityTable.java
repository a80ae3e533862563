package io.github.ecsbridge.kaspersky;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code event.severity} of Kaspersky events from the rows of {@code severity.tsv}. Immutable. */
final class SeverityTable {

    static final String TABLE = "severity.tsv";
    static final String HEADER = "product\tscope\tvalue\tseverity";

    /** One row. */
    record Rule(String product, Scope scope, String value, long severity) {
    }

    private final List<Rule> rules;
    /** The rows of each product and value (any case), in table order: every mapped event looks its severity up. */
    private final Map<String, CaseBlindMap<List<Rule>>> byProduct;

    SeverityTable(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Map<String, List<Rule>>> grouped = new HashMap<>();
        for (Rule rule : this.rules) {
            grouped.computeIfAbsent(rule.product(), product -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                    .computeIfAbsent(rule.value(), value -> new ArrayList<>()).add(rule);
        }
        Map<String, CaseBlindMap<List<Rule>>> byProduct = new HashMap<>();
        grouped.forEach((product, byValue) -> byProduct.put(product, new CaseBlindMap<>(byValue)));
        this.byProduct = byProduct;
    }

    /** Reads {@code severity.tsv}. */
    static SeverityTable load() {
        List<Rule> rules = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(TABLE, HEADER)) {
            String where = row.table() + " line " + row.line() + ": ";
            long severity;
            try {
                severity = Long.parseLong(row.required(3, "severity"));
            } catch (NumberFormatException e) {
                throw row.problem("[severity] must be an integer");
            }
            rules.add(new Rule(row.required(0, "product"), Scope.parse(row.required(1, "scope"), where),
                    row.required(2, "value"), severity));
        }
        return new SeverityTable(rules);
    }

    /**
     * The severity for the CEF severity text of an event: the most specific row of the product, else the number
     * itself, else {@code null}.
     */
    Long severity(String product, String signature, String group, String text) {
        String value = text.trim();
        Rule best = null;
        int bestSpecificity = Scope.NO_MATCH;
        CaseBlindMap<List<Rule>> byValue = byProduct.get(product);
        List<Rule> candidates = byValue == null ? null : byValue.get(value);
        for (Rule rule : candidates == null ? List.<Rule>of() : candidates) {
            int specificity = rule.scope().specificity(signature, group);
            if (specificity > bestSpecificity) {
                best = rule;
                bestSpecificity = specificity;
            }
        }
        if (best != null) {
            return best.severity();
        }
        return isNumber(value) ? Long.valueOf(value) : null;
    }

    /** The rows, in table order. */
    List<Rule> rules() {
        return rules;
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
