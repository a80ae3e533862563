package io.github.ecsbridge.ciscoesa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The categorisation and clean-up steps the integration runs after its grok, as rows of {@code enrichment.tsv}
 * (columns: log type or {@code *} for every event, condition, action, target field, value). Rows run in file
 * order, those of the log type first.
 *
 * <p>Conditions: {@code -} always; {@code @shape=ID} when the message had that shape; {@code FIELD} when the field
 * is set; {@code FIELD=VALUE} when it holds that text. Actions: {@code set} a string, {@code set_list} a one-element
 * list, {@code append} a value or, written {@code @FIELD}, another field's value, without duplicates;
 * {@code lowercase}; {@code remove}; {@code wrap_list} a single string into a list.
 */
final class EnrichmentRules {

    private enum Action { SET, SET_LIST, APPEND, LOWERCASE, REMOVE, WRAP_LIST }

    /** @param source the field whose value {@code append} adds ({@code @FIELD}), or {@code null} for a value */
    private record Rule(Field conditionField, String conditionValue, String conditionShape, Action action,
                        Field target, String value, Field source) {

        boolean applies(String shape, FieldWriter out) {
            if (conditionShape != null) {
                return conditionShape.equals(shape);
            }
            if (conditionField == null) {
                return true;
            }
            Object current = out.get(conditionField);
            return conditionValue == null
                    ? current != null
                    : current != null && conditionValue.equals(current.toString());
        }

        void run(FieldWriter out) {
            switch (action) {
                case SET -> out.putRaw(target, value);
                case SET_LIST -> {
                    List<Object> list = new ArrayList<>(1);
                    list.add(value);
                    out.putRaw(target, list);
                }
                case APPEND -> out.append(target, source != null ? out.get(source) : value);
                case LOWERCASE -> {
                    String text = out.text(target);
                    if (text != null) {
                        out.putRaw(target, text.toLowerCase(Locale.ROOT));
                    }
                }
                case REMOVE -> out.remove(target);
                case WRAP_LIST -> {
                    String text = out.text(target);
                    if (text != null) {
                        List<Object> list = new ArrayList<>(1);
                        list.add(text);
                        out.putRaw(target, list);
                    }
                }
                default -> throw new IllegalStateException("unhandled action " + action);
            }
        }
    }

    private static final String EVERY_TYPE = "*";

    private static final Rule[] NONE = new Rule[0];

    private final Map<String, Rule[]> rulesByType;
    private final Rule[] everyType;

    private EnrichmentRules(Map<String, List<Rule>> rules) {
        Map<String, Rule[]> byType = new HashMap<>();
        rules.forEach((type, list) -> byType.put(type, list.toArray(NONE)));
        this.everyType = byType.getOrDefault(EVERY_TYPE, NONE);
        this.rulesByType = Map.copyOf(byType);
    }

    static EnrichmentRules load(FieldTypes types) {
        Map<String, List<Rule>> rules = new HashMap<>();
        for (TableReader.Row row : TableReader.read("enrichment.tsv", 5)) {
            Action action;
            try {
                action = Action.valueOf(row.get(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown action '" + row.get(2) + "'");
            }
            String condition = FieldNames.expand(row.get(1));
            Field field = null;
            String value = null;
            String shape = null;
            if (condition.startsWith("@shape=")) {
                shape = condition.substring("@shape=".length());
            } else if (!condition.equals("-")) {
                int eq = condition.indexOf('=');
                value = eq < 0 ? null : condition.substring(eq + 1);
                field = types.require(eq < 0 ? condition : condition.substring(0, eq), row);
            }
            String target = FieldNames.expand(row.get(3));
            String argument = row.get(4).startsWith("@")
                    ? "@" + FieldNames.expand(row.get(4).substring(1))
                    : row.get(4);
            Field targetField = types.require(target, row);
            Field source = argument.startsWith("@") ? types.require(argument.substring(1), row) : null;
            rules.computeIfAbsent(row.get(0), k -> new ArrayList<>())
                    .add(new Rule(field, value, shape, action, targetField, argument, source));
        }
        return new EnrichmentRules(rules);
    }

    /** Runs the rows of {@code logType} (none when it is {@code null}), then the rows for every event. */
    void apply(String logType, String shape, FieldWriter out) {
        if (logType != null) {
            run(rulesByType.getOrDefault(logType, NONE), shape, out);
        }
        run(everyType, shape, out);
    }

    private static void run(Rule[] rules, String shape, FieldWriter out) {
        for (Rule rule : rules) {
            if (rule.applies(shape, out)) {
                rule.run(out);
            }
        }
    }
}
