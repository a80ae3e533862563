package io.github.ecsbridge.kaspersky;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one product's tables say about one event class, worked out once: its group, the base and
 * conditional event rules, and for each key and label the rows of the most specific scope, as {@link Target}s.
 * Immutable.
 */
final class SignatureRules {

    /** Rows of a numbered key family ({@code KasperskyLabKATAcomponent<N>Name}). */
    record Numbered(String prefix, String suffix, List<Target> targets) {

        /** The number of a key of this family ({@code 12}), or {@code null}. */
        String numberOf(String key) {
            int end = key.length() - suffix.length();
            if (end <= prefix.length() || !key.regionMatches(true, 0, prefix, 0, prefix.length())
                    || !key.regionMatches(true, end, suffix, 0, suffix.length())) {
                return null;
            }
            for (int i = prefix.length(); i < end; i++) {
                if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                    return null;
                }
            }
            return key.substring(prefix.length(), end);
        }
    }

    /** A conditional event rule with its tested field under the mapper's vendor root. */
    record Condition(EventRule rule, String field) {
    }

    private final String group;
    private final EventRule base;
    private final List<Condition> conditions;
    private final CaseBlindMap<List<Target>> byKey;
    private final Map<String, List<Target>> byLabel;
    private final List<Numbered> numbered;

    private SignatureRules(String group, EventRule base, List<Condition> conditions,
            CaseBlindMap<List<Target>> byKey, Map<String, List<Target>> byLabel, List<Numbered> numbered) {
        this.group = group;
        this.base = base;
        this.conditions = conditions;
        this.byKey = byKey;
        this.byLabel = byLabel;
        this.numbered = numbered;
    }

    /**
     * Works out the rules of an event class.
     *
     * @param vendorRoot   the vendor root ({@code kaspersky} unless the {@code target} option moves it)
     * @param vendorPrefix {@code <target>.<product>.}, prepended to vendor fields
     */
    static SignatureRules of(ProductTables tables, String signature, String vendorRoot, String vendorPrefix) {
        EventRule base = tables.baseRule(signature);
        String group = base == null ? null : base.group();
        List<Condition> conditions = new ArrayList<>();
        for (EventRule rule : tables.events()) {
            if (!rule.isBase() && rule.scope().specificity(signature, group) != Scope.NO_MATCH) {
                String field = rule.whenField().startsWith(RelatedFields.TABLE_ROOT)
                        ? vendorRoot + "." + rule.whenField().substring(RelatedFields.TABLE_ROOT.length())
                        : rule.whenField();
                conditions.add(new Condition(rule, field));
            }
        }
        // Per key or label: the rows of the most specific scope that has rows for it.
        Map<String, Integer> best = new HashMap<>();
        Map<String, List<FieldRule>> chosen = new LinkedHashMap<>();
        for (FieldRule rule : tables.fields()) {
            int specificity = rule.scope().specificity(signature, group);
            if (specificity == Scope.NO_MATCH) {
                continue;
            }
            for (String id : ids(rule)) {
                Integer current = best.get(id);
                if (current == null || specificity > current) {
                    best.put(id, specificity);
                    chosen.put(id, new ArrayList<>(List.of(rule)));
                } else if (specificity == current) {
                    chosen.get(id).add(rule);
                }
            }
        }
        Map<String, List<Target>> byKey = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<Target>> byLabel = new HashMap<>();
        List<Numbered> numbered = new ArrayList<>();
        for (Map.Entry<String, List<FieldRule>> entry : chosen.entrySet()) {
            String id = entry.getKey();
            List<Target> targets = targets(entry.getValue(), vendorPrefix);
            FieldRule first = entry.getValue().get(0);
            if (id.startsWith("label:")) {
                byLabel.put(id.substring("label:".length()), targets);
            } else if (first.numbered()) {
                numbered.add(new Numbered(first.matchKey(), first.keySuffix(), targets));
            } else {
                byKey.put(first.matchKey(), targets);
            }
        }
        return new SignatureRules(group, base, Collections.unmodifiableList(conditions),
                new CaseBlindMap<>(byKey), Collections.unmodifiableMap(byLabel),
                Collections.unmodifiableList(numbered));
    }

    private static List<String> ids(FieldRule rule) {
        if (rule.key() == null) {
            List<String> ids = new ArrayList<>(rule.labelForms().size());
            for (String form : rule.labelForms()) {
                ids.add("label:" + form);
            }
            return ids;
        }
        String key = rule.matchKey().toLowerCase(java.util.Locale.ROOT);
        return List.of(rule.numbered() ? "numbered:" + key + "<N>" + rule.keySuffix().toLowerCase(
                java.util.Locale.ROOT) : "key:" + key);
    }

    private static List<Target> targets(List<FieldRule> rules, String vendorPrefix) {
        List<Target> targets = new ArrayList<>(rules.size());
        for (FieldRule rule : rules) {
            String vendorPath = null;
            String vendorSuffix = null;
            if (rule.field() != null) {
                int number = rule.field().indexOf(FieldRule.NUMBER);
                if (number < 0) {
                    vendorPath = vendorPrefix + rule.field();
                } else {
                    vendorPath = vendorPrefix + rule.field().substring(0, number);
                    vendorSuffix = rule.field().substring(number + FieldRule.NUMBER.length());
                }
            }
            targets.add(new Target(vendorPath, vendorSuffix, rule.ecs(), rule.type(), rule.translation()));
        }
        return Collections.unmodifiableList(targets);
    }

    /** The group of the class, or {@code null}. */
    String group() {
        return group;
    }

    /** The most specific base event rule, or {@code null}. */
    EventRule base() {
        return base;
    }

    /** The conditional event rules that cover the class, in table order. */
    List<Condition> conditions() {
        return conditions;
    }

    /** The targets of a key (as decoded documents name it, any case), or {@code null}. */
    List<Target> forKey(String key) {
        return byKey.get(key);
    }

    /** The targets of a normalized label, or {@code null}. */
    List<Target> forLabel(String normalizedLabel) {
        return byLabel.get(normalizedLabel);
    }

    /** The numbered key families. */
    List<Numbered> numbered() {
        return numbered;
    }
}
