package io.github.ecsbridge.kaspersky;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One product's tables for one vendor root, with the {@link SignatureRules} of each event class worked out on
 * first use and kept, as are the pairings of their keys with table rows. Thread-safe.
 */
final class ProductMapping {

    /** Event classes are a small vocabulary; past this many, a flood of invented ones is not kept. */
    private static final int MAX_CACHED = 4096;

    private final ProductTables tables;
    private final String vendorRoot;
    private final String vendorPrefix;
    private final Map<String, SignatureRules> cache = new ConcurrentHashMap<>();
    private final BindingPlans plans;

    ProductMapping(ProductTables tables, String vendorRoot) {
        this.tables = tables;
        this.vendorRoot = vendorRoot;
        this.vendorPrefix = vendorRoot + "." + tables.product() + ".";
        this.plans = new BindingPlans(vendorPrefix);
        for (EventRule rule : tables.events()) {
            for (String signature : rule.scope().exactIds()) {
                rules(signature);
            }
        }
    }

    /** The product code. */
    String product() {
        return tables.product();
    }

    /** {@code event.dataset} and {@code data_stream.dataset} of the product's events. */
    String dataset() {
        return tables.dataset();
    }

    /** {@code <target>.<product>.}, the prefix of every vendor field of this product. */
    String vendorPrefix() {
        return vendorPrefix;
    }

    /** The values of an event of class {@code signature} paired with the rows of its {@code rules}. */
    List<LabelResolver.Binding> bindings(String signature, SignatureRules rules, Map<String, Object> values) {
        return plans.resolve(signature, rules, values);
    }

    /** The rules of an event class ({@code ""} when the event has none). */
    SignatureRules rules(String signature) {
        SignatureRules rules = cache.get(signature);
        if (rules != null) {
            return rules;
        }
        rules = SignatureRules.of(tables, signature, vendorRoot, vendorPrefix);
        if (cache.size() < MAX_CACHED) {
            cache.putIfAbsent(signature, rules);
        }
        return rules;
    }
}
