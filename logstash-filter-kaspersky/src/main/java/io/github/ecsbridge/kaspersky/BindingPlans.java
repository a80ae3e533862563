package io.github.ecsbridge.kaspersky;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bounded memory of {@link LabelResolver} plans by event class, keys and slot labels, for one product: its events
 * repeat a few sets of keys and labels, and pairing them with table rows was the largest part of mapping. Thread-safe.
 */
final class BindingPlans {

    /** Keys and labels come from the network: past this many plans, the memory starts over. */
    static final int MAX_PLANS = 256;
    /**
     * An event with more keys, or whose class, keys and labels are longer in all, is resolved without the memory,
     * which so stays within a few megabytes (Kaspersky events have up to 30 keys and 600 such characters).
     */
    static final int MAX_KEYS = 64;
    static final int MAX_CHARS = 2048;

    private final String vendorPrefix;
    private final BoundedMemory<PlanKey, LabelResolver.Binding[]> plans = new BoundedMemory<>(MAX_PLANS);

    /** @param vendorPrefix {@code <target>.<product>.}, for fields named after unknown labels */
    BindingPlans(String vendorPrefix) {
        this.vendorPrefix = vendorPrefix;
    }

    /** What {@link LabelResolver#resolve} returns for the values of an event of class {@code signature}. */
    List<LabelResolver.Binding> resolve(String signature, SignatureRules rules, Map<String, Object> values) {
        PlanKey key = PlanKey.of(signature, rules, values);
        if (key == null) {
            return LabelResolver.resolve(values, rules, vendorPrefix);
        }
        LabelResolver.Binding[] plan = plans.get(key);
        if (plan == null) {
            plan = LabelResolver.plan(values, rules, vendorPrefix);
            plans.remember(key, plan);
        }
        return LabelResolver.apply(plan, values);
    }

    /** The number of plans held. */
    int size() {
        return plans.size();
    }

    /**
     * What a plan depends on besides the tables: the event class, the keys in order, each followed by its value when
     * it is a label key that labels a slot. The rules of a class are always the same, so the class stands for them.
     */
    private static final class PlanKey {

        private final String signature;
        private final String[] parts;
        private final int length;
        private final int hash;

        private PlanKey(String signature, String[] parts, int length, int hash) {
            this.signature = signature;
            this.parts = parts;
            this.length = length;
            this.hash = hash;
        }

        /** The key of an event, or {@code null} when it is too long or a label is not text. */
        static PlanKey of(String signature, SignatureRules rules, Map<String, Object> values) {
            if (values.size() > MAX_KEYS) {
                return null;
            }
            String[] parts = new String[values.size() * 2];
            int length = 0;
            int chars = signature.length();
            int hash = signature.hashCode();
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                String key = entry.getKey();
                parts[length++] = key;
                chars += key.length();
                hash = 31 * hash + key.hashCode();
                if (LabelResolver.labelsSlot(key, rules)) {
                    if (entry.getValue() != null && !(entry.getValue() instanceof String)) {
                        return null;
                    }
                    String label = (String) entry.getValue();
                    parts[length++] = label;
                    chars += label == null ? 0 : label.length();
                    hash = 31 * hash + Objects.hashCode(label);
                }
                if (chars > MAX_CHARS) {
                    return null;
                }
            }
            return new PlanKey(signature, length == parts.length ? parts : Arrays.copyOf(parts, length), length,
                    hash);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PlanKey key && key.hash == hash && key.length == length
                    && key.signature.equals(signature) && Arrays.equals(key.parts, 0, length, parts, 0, length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
