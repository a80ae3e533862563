package io.github.ecsbridge.kaspersky;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The two tables of one product, {@code <product>-fields.tsv} and {@code <product>-events.tsv}, checked against
 * each other: every group a row is scoped to is defined by a base row.
 *
 * @param product the product code ({@code ksmg})
 * @param dataset {@code event.dataset} and {@code data_stream.dataset} of its events ({@code kaspersky.ksmg}), from
 *                {@code products.tsv}
 * @param fields  the field rules, in table order
 * @param events  the event rules, in table order
 */
record ProductTables(String product, String dataset, List<FieldRule> fields, List<EventRule> events) {

    /** Reads and checks the tables of a product. */
    static ProductTables load(String product, String dataset) {
        List<FieldRule> fields = FieldRule.read(product + "-fields.tsv");
        List<EventRule> events = EventRule.read(product + "-events.tsv");
        Set<String> groups = new HashSet<>();
        for (EventRule rule : events) {
            if (rule.isBase() && rule.group() != null) {
                groups.add(rule.group());
            }
        }
        for (EventRule rule : events) {
            checkGroups(rule.scope(), groups, rule.where());
        }
        for (FieldRule rule : fields) {
            checkGroups(rule.scope(), groups, rule.where());
        }
        return new ProductTables(product, dataset, fields, events);
    }

    /** The most specific base row for an event class, or {@code null} when none covers it. */
    EventRule baseRule(String signature) {
        EventRule best = null;
        int bestSpecificity = Scope.NO_MATCH;
        for (EventRule rule : events) {
            if (rule.isBase()) {
                int specificity = rule.scope().specificity(signature, null);
                if (specificity > bestSpecificity) {
                    best = rule;
                    bestSpecificity = specificity;
                }
            }
        }
        return best;
    }

    private static void checkGroups(Scope scope, Set<String> groups, String where) {
        for (String group : scope.groups()) {
            if (!groups.contains(group)) {
                throw new IllegalStateException(where + "group @" + group + " is defined by no base row");
            }
        }
    }
}
