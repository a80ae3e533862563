package io.github.ecsbridge.kaspersky;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One row of a {@code <product>-events.tsv} table: the ECS categorisation of the event classes in its scope
 * (a base row), or a change to it for events whose document holds a given value (a conditional row).
 *
 * @param scope            the event classes the row applies to
 * @param group            for a base row, the group its classes belong to; otherwise {@code null}
 * @param whenField        for a conditional row, the dotted field it tests; {@code null} for a base row
 * @param whenValues       the values that satisfy the test, lower-cased
 * @param kind             {@code event.kind}, or {@code null}
 * @param categories       {@code event.category} values, empty for none
 * @param appendCategories whether {@code categories} are added to the list rather than replacing it
 * @param types            {@code event.type} values, empty for none
 * @param appendTypes      whether {@code types} are added to the list rather than replacing it
 * @param action           {@code event.action} for events that have none, or {@code null}
 * @param outcome          {@code event.outcome}, or {@code null}
 * @param where            table and line, for messages
 */
record EventRule(Scope scope, String group, String whenField, Set<String> whenValues, String kind,
        List<String> categories, boolean appendCategories, List<String> types, boolean appendTypes, String action,
        String outcome, String where) {

    static final String HEADER = "scope\tgroup\twhen\tkind\tcategory\ttype\taction\toutcome";

    private static final Set<String> KINDS =
            Set.of("alert", "asset", "enrichment", "event", "metric", "state", "pipeline_error", "signal");
    private static final Set<String> OUTCOMES = Set.of("success", "failure", "unknown");

    /** Whether this is a base row rather than a conditional one. */
    boolean isBase() {
        return whenField == null;
    }

    /** Reads an events table of this directory. */
    static List<EventRule> read(String table) {
        List<EventRule> rules = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(table, HEADER)) {
            rules.add(of(row));
        }
        return Collections.unmodifiableList(rules);
    }

    /** Builds a rule from a table row, checking that it is consistent. */
    static EventRule of(TsvTable.Row row) {
        String where = row.table() + " line " + row.line() + ": ";
        Scope scope = Scope.parse(row.required(0, "scope"), where);
        String group = row.cell(1);
        String when = row.cell(2);
        String whenField = null;
        Set<String> whenValues = Set.of();
        if (when != null) {
            int equals = when.indexOf('=');
            if (equals <= 0 || equals == when.length() - 1) {
                throw row.problem("[when] must be <field>=<value>[|<value>...], got '" + when + "'");
            }
            whenField = when.substring(0, equals);
            List<String> values = new ArrayList<>();
            for (String value : when.substring(equals + 1).split("\\|", -1)) {
                values.add(value.toLowerCase(Locale.ROOT));
            }
            whenValues = Set.copyOf(values);
            if (group != null) {
                throw row.problem("[group] belongs on base rows (rows without [when])");
            }
        } else if (!scope.groups().isEmpty()) {
            throw row.problem("a base row cannot be scoped by group, it defines the groups");
        }
        String kind = row.cell(3);
        if (kind != null && !KINDS.contains(kind)) {
            throw row.problem("[kind] '" + kind + "' is not an ECS event.kind value");
        }
        String outcome = row.cell(7);
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw row.problem("[outcome] '" + outcome + "' is not an ECS event.outcome value");
        }
        List<String> categories = new ArrayList<>();
        boolean appendCategories = list(row, 4, "category", categories);
        List<String> types = new ArrayList<>();
        boolean appendTypes = list(row, 5, "type", types);
        if (when == null && (appendCategories || appendTypes)) {
            throw row.problem("'+' adds to the lists of a base row; a base row has none to add to");
        }
        return new EventRule(scope, group, whenField, whenValues, kind, Collections.unmodifiableList(categories),
                appendCategories, Collections.unmodifiableList(types), appendTypes, row.cell(6), outcome, where);
    }

    /** Splits a list cell into {@code values}; returns whether it is written {@code +a,+b} (append). */
    private static boolean list(TsvTable.Row row, int column, String name, List<String> values) {
        String cell = row.cell(column);
        if (cell == null) {
            return false;
        }
        int appended = 0;
        for (String value : cell.split(",", -1)) {
            String plain = value.startsWith("+") ? value.substring(1) : value;
            if (plain.isEmpty()) {
                throw row.problem("[" + name + "] has an empty entry");
            }
            appended += value.startsWith("+") ? 1 : 0;
            values.add(plain);
        }
        if (appended != 0 && appended != values.size()) {
            throw row.problem("[" + name + "] must write '+' on every entry or on none");
        }
        return appended != 0;
    }
}
