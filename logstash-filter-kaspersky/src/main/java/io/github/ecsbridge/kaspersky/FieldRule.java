package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.cef.CefKeyDictionary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a {@code <product>-fields.tsv} table: which value of an event (a key, or the label of a custom field)
 * goes to which vendor field and ECS field, read as which type and through which translation.
 *
 * @param scope       the event classes the row applies to
 * @param key         the key as the table writes it, or {@code null} for a label row
 * @param matchKey    the key as decoded documents name it (the CEF dictionary's full name for dictionary keys),
 *                    or, for a numbered key, its part before {@code <N>}
 * @param keySuffix   for a numbered key, its part after {@code <N>}; otherwise {@code null}
 * @param labels      the label as the table writes it, or {@code null} for a key row
 * @param labelForms  the normalized forms of the label's alternatives (empty for a key row)
 * @param field       the vendor field below {@code <target>.<product>}, or {@code null}
 * @param type        how the value is read
 * @param ecs         the ECS field, or {@code null}
 * @param translation the rule applied to the value before it is written
 * @param where       table and line, for messages
 */
record FieldRule(Scope scope, String key, String matchKey, String keySuffix, String labels, List<String> labelForms,
        String field, ValueType type, String ecs, Translation translation, String where) {

    static final String HEADER = "scope\tkey\tlabel\tfield\ttype\tecs\ttranslate";
    static final String NUMBER = "<N>";

    /** Whether the key stands for a family of numbered keys ({@code KasperskyLabKATAcomponent<N>Name}). */
    boolean numbered() {
        return keySuffix != null;
    }

    /** Reads a field table of this directory. */
    static List<FieldRule> read(String table) {
        List<FieldRule> rules = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(table, HEADER)) {
            rules.add(of(row));
        }
        return Collections.unmodifiableList(rules);
    }

    /** Builds a rule from a table row, checking that it is complete and consistent. */
    static FieldRule of(TsvTable.Row row) {
        String where = row.table() + " line " + row.line() + ": ";
        Scope scope = Scope.parse(row.required(0, "scope"), where);
        String key = row.cell(1);
        String labels = row.cell(2);
        if ((key == null) == (labels == null)) {
            throw row.problem("exactly one of [key] and [label] must be given");
        }
        String field = row.cell(3);
        String ecs = row.cell(5);
        if (field == null && ecs == null) {
            throw row.problem("a row needs a [field], an [ecs] field or both");
        }
        ValueType type;
        Translation translation;
        try {
            type = ValueType.fromTableName(row.required(4, "type"));
            translation = Translation.parse(row.cell(6));
        } catch (IllegalArgumentException e) {
            throw row.problem(e.getMessage());
        }
        if ((type == ValueType.LIST || type == ValueType.LIST_SEMICOLON) && !translation.acceptsLists()) {
            throw row.problem("translate " + translation + " cannot take the lists of type " + type.tableName());
        }
        if (field != null) {
            checkName(row, "field", field.replace(NUMBER, "n"));
        }
        if (ecs != null) {
            checkName(row, "ecs", ecs);
        }
        String matchKey = null;
        String keySuffix = null;
        List<String> labelForms = List.of();
        if (key != null) {
            int number = key.indexOf(NUMBER);
            if (number >= 0) {
                if (key.indexOf(NUMBER, number + 1) >= 0 || number == 0) {
                    throw row.problem("[key] may hold one <N>, after at least one character");
                }
                matchKey = key.substring(0, number);
                keySuffix = key.substring(number + NUMBER.length());
            } else {
                matchKey = CefKeyDictionary.standard().fullName(key);
            }
            boolean fieldNumbered = field != null && field.contains(NUMBER);
            if (fieldNumbered != (number >= 0) && field != null) {
                throw row.problem("[field] must hold <N> exactly when [key] does");
            }
        } else {
            List<String> forms = new ArrayList<>();
            for (String label : labels.split("\\|", -1)) {
                String form = Labels.normalize(label);
                if (form.isEmpty()) {
                    throw row.problem("[label] '" + label + "' has no letter or digit");
                }
                forms.add(form);
            }
            labelForms = Collections.unmodifiableList(forms);
            if (field != null && field.contains(NUMBER)) {
                throw row.problem("<N> needs a numbered [key]");
            }
        }
        return new FieldRule(scope, key, matchKey, keySuffix, labels, labelForms, field, type, ecs, translation,
                where);
    }

    /** Field names are dotted lower-case words of letters, digits and underscores. */
    private static void checkName(TsvTable.Row row, String column, String name) {
        boolean segmentStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (segmentStart) {
                    throw row.problem("[" + column + "] '" + name + "' has an empty segment");
                }
                segmentStart = true;
            } else if ((c >= 'a' && c <= 'z') || c == '_' || (!segmentStart && c >= '0' && c <= '9')) {
                segmentStart = false;
            } else {
                throw row.problem("[" + column + "] '" + name + "' is not a dotted lower-case field name");
            }
        }
        if (segmentStart) {
            throw row.problem("[" + column + "] '" + name + "' ends with a dot");
        }
    }
}
