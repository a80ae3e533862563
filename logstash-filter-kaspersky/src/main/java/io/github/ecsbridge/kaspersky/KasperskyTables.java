package io.github.ecsbridge.kaspersky;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every mapping table of the module, read and checked once: product detection, severities, related fields and the
 * field and event tables of each product named in {@code products.tsv}. Immutable; shared by all mappers.
 */
final class KasperskyTables {

    private final ProductDetector detector;
    private final SeverityTable severities;
    private final RelatedFields related;
    private final Map<String, ProductTables> products;

    private KasperskyTables(ProductDetector detector, SeverityTable severities, RelatedFields related,
            Map<String, ProductTables> products) {
        this.detector = detector;
        this.severities = severities;
        this.related = related;
        this.products = products;
    }

    /** The tables on the class path, read on first use. */
    static KasperskyTables standard() {
        return Standard.INSTANCE;
    }

    /** Reads every table; throws {@link IllegalStateException} naming the table and line of a problem. */
    static KasperskyTables load() {
        ProductDetector detector = ProductDetector.load();
        Map<String, ProductTables> products = new LinkedHashMap<>();
        for (ProductDetector.Rule rule : detector.rules()) {
            products.computeIfAbsent(rule.product(), product -> ProductTables.load(product, rule.dataset()));
        }
        SeverityTable severities = SeverityTable.load();
        for (SeverityTable.Rule rule : severities.rules()) {
            if (!products.containsKey(rule.product())) {
                throw new IllegalStateException(SeverityTable.TABLE + ": unknown product '" + rule.product() + "'");
            }
        }
        return new KasperskyTables(detector, severities, RelatedFields.load(), Collections.unmodifiableMap(products));
    }

    ProductDetector detector() {
        return detector;
    }

    SeverityTable severities() {
        return severities;
    }

    RelatedFields related() {
        return related;
    }

    /** Tables by product code, in the order of {@code products.tsv}. */
    Map<String, ProductTables> products() {
        return products;
    }

    /** Lazy holder: the tables are read when first needed, then shared. */
    private static final class Standard {
        static final KasperskyTables INSTANCE = load();
    }
}
