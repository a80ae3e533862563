package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.cef.CefKey;
import io.github.ecsbridge.cef.CefKeyDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs each value of an event with the table rows that map it, resolving custom fields by label rather than by
 * slot, since Kaspersky products move labels between slots ({@code TaskName} in {@code cs5} or {@code cs10}).
 *
 * <p>For each key: a label key ({@code cs1Label}, any case) is consumed by its slot, unless the table maps that
 * key itself (KATA sends values in {@code cs3Label} and {@code cs1label}); a key whose label twin carries a label
 * is mapped by the label's rows, or, for a label no table knows, to the vendor field named after it; any other key
 * is mapped by its own rows, by a numbered key family, or, when a relay sent a label as the key
 * ({@code ProductName=KES}), by the label's rows. A label key without a slot number ({@code csLabel}, a misprint
 * in the KSMG help) labels the one unlabelled slot of its family. Surrounding double quotes are removed, since the
 * KSMG 2.x help describes values as {@code key="value"}; empty values are skipped.
 */
final class LabelResolver {

    private static final String LABEL = "Label";

    /**
     * One value and where it goes.
     *
     * @param key       the key as the document names it
     * @param label     the label that chose the rows, or {@code null}
     * @param value     the value, quotes removed
     * @param targets   where to write it
     * @param number    the number of a numbered key, or {@code null}
     * @param fromTable whether a table row maps the key (else a label no table knows named the field)
     * @param generic   for a key a table row maps, its entry in the CEF dictionary, whose generic ECS field the
     *                  row replaces; else {@code null}
     */
    record Binding(String key, String label, Object value, List<Target> targets, String number,
            boolean fromTable, CefKey generic) {

        /** A binding of a key a table row maps. */
        static Binding fromTable(String key, String label, Object value, List<Target> targets, String number) {
            return new Binding(key, label, value, targets, number, true, CefKeyDictionary.standard().get(key));
        }

        /** A binding of a key to a field named after a label no table knows. */
        static Binding fromLabel(String key, String label, Object value, List<Target> targets) {
            return new Binding(key, label, value, targets, null, false, null);
        }

        /** The same binding for another value. */
        Binding withValue(Object newValue) {
            return new Binding(key, label, newValue, targets, number, fromTable, generic);
        }
    }

    private LabelResolver() {
    }

    /**
     * Resolves the values of one event.
     *
     * @param values       keys as the document names them to values
     * @param rules        the rules of the event's class
     * @param vendorPrefix {@code <target>.<product>.}, for fields named after unknown labels
     */
    static List<Binding> resolve(Map<String, Object> values, SignatureRules rules, String vendorPrefix) {
        return apply(plan(values, rules, vendorPrefix), values);
    }

    /**
     * How each key of an event pairs with table rows, whatever its value: one binding without value per key, in the
     * order of {@code values}, or {@code null} for a key nothing maps. The plan depends only on the rules, the keys
     * and the values of the label keys that label a slot ({@link #labelsSlot}), so events that share those share it.
     */
    static Binding[] plan(Map<String, Object> values, SignatureRules rules, String vendorPrefix) {
        Binding[] plan = new Binding[values.size()];
        Map<String, String> labelKeys = labelKeysBySlot(values, rules);
        int index = 0;
        for (String key : values.keySet()) {
            plan[index++] = planKey(key, labelKeys, values, rules, vendorPrefix);
        }
        return plan;
    }

    /**
     * The bindings of an event's values by a plan made for its keys and labels: a key's binding with the key's
     * value, unless the value is empty.
     */
    static List<Binding> apply(Binding[] plan, Map<String, Object> values) {
        List<Binding> bindings = new ArrayList<>(plan.length);
        int index = 0;
        for (Object raw : values.values()) {
            Binding binding = plan[index++];
            if (binding == null) {
                continue;
            }
            Object value = unquote(raw);
            if (!isEmpty(value)) {
                bindings.add(binding.withValue(value));
            }
        }
        return bindings;
    }

    /** Whether the value of a key is a label that chooses the rows of a slot, rather than a value to map. */
    static boolean labelsSlot(String key, SignatureRules rules) {
        return isLabelKey(key) && rules.forKey(key) == null;
    }

    private static Binding planKey(String key, Map<String, String> labelKeys, Map<String, Object> values,
            SignatureRules rules, String vendorPrefix) {
        List<Target> targets = rules.forKey(key);
        if (isLabelKey(key)) {
            return targets == null ? null : Binding.fromTable(key, null, null, targets, null);
        }
        String labelKey = labelKeys.get(key);
        if (labelKey == null && !labelKeys.isEmpty()) {
            labelKey = orphanLabelKey(key, labelKeys, values);
        }
        Object label = labelKey == null ? null : unquote(values.get(labelKey));
        if (label != null && !isEmpty(label)) {
            return byLabel(key, label.toString().trim(), null, rules, vendorPrefix);
        }
        if (targets != null) {
            return Binding.fromTable(key, null, null, targets, null);
        }
        Binding numbered = numbered(key, null, rules);
        if (numbered != null) {
            return numbered;
        }
        if (CefKeyDictionary.standard().get(key) == null) {
            List<Target> inlined = rules.forLabel(Labels.normalize(key));
            if (inlined != null) {
                return Binding.fromTable(key, key, null, inlined, null);
            }
        }
        return null;
    }

    /** Label keys that label a slot (not those a table maps as values), by slot name in any case. */
    private static Map<String, String> labelKeysBySlot(Map<String, Object> values, SignatureRules rules) {
        Map<String, String> labelKeys = null;
        for (String key : values.keySet()) {
            if (isLabelKey(key) && rules.forKey(key) == null) {
                if (labelKeys == null) {
                    labelKeys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                }
                labelKeys.put(key.substring(0, key.length() - LABEL.length()), key);
            }
        }
        return labelKeys == null ? Map.of() : labelKeys;
    }

    private static Binding byLabel(String key, String label, Object value, SignatureRules rules,
            String vendorPrefix) {
        List<Target> targets = rules.forLabel(Labels.normalize(label));
        if (targets != null) {
            return Binding.fromTable(key, label, value, targets, null);
        }
        String field = SnakeCase.of(label);
        if (field.isEmpty()) {
            return Binding.fromLabel(key, label, value, List.of());
        }
        CefKey slot = CefKeyDictionary.standard().get(key);
        Target target = new Target(vendorPrefix + field, null, null, ValueType.ofSlot(slot == null ? null
                : slot.type()), Translation.NONE);
        return Binding.fromLabel(key, label, value, List.of(target));
    }

    private static Binding numbered(String key, Object value, SignatureRules rules) {
        for (SignatureRules.Numbered family : rules.numbered()) {
            String number = family.numberOf(key);
            if (number != null) {
                return Binding.fromTable(key, null, value, family.targets(), number);
            }
        }
        return null;
    }

    /**
     * For a slot without a label twin, a label key that names no slot number ({@code csLabel}) and whose family
     * has exactly this one unlabelled slot.
     */
    private static String orphanLabelKey(String key, Map<String, String> labelKeys, Map<String, Object> values) {
        for (Map.Entry<String, String> entry : labelKeys.entrySet()) {
            String family = entry.getKey();
            if (family.isEmpty() || Character.isDigit(family.charAt(family.length() - 1))
                    || values.containsKey(family)) {
                continue;
            }
            CefKey first = CefKeyDictionary.standard().get(family + "1");
            String fullFamily = first == null ? family
                    : first.fullName().substring(0, first.fullName().length() - 1);
            String candidate = null;
            for (String slot : values.keySet()) {
                if (!isLabelKey(slot) && labelKeys.get(slot) == null
                        && (isNumbered(slot, family) || isNumbered(slot, fullFamily))) {
                    if (candidate != null) {
                        candidate = null;
                        break;
                    }
                    candidate = slot;
                }
            }
            if (key.equals(candidate)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean isNumbered(String key, String family) {
        if (key.length() <= family.length() || !key.regionMatches(true, 0, family, 0, family.length())) {
            return false;
        }
        for (int i = family.length(); i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabelKey(String key) {
        int start = key.length() - LABEL.length();
        return start > 0 && key.regionMatches(true, start, LABEL, 0, LABEL.length());
    }

    private static Object unquote(Object value) {
        if (value instanceof String text && text.length() >= 2 && text.charAt(0) == '"'
                && text.charAt(text.length() - 1) == '"') {
            return text.substring(1, text.length() - 1);
        }
        return value;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty();
    }
}
