package io.github.ecsbridge.kaspersky;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells which Kaspersky product an event comes from, by the rows of {@code products.tsv}: normalized CEF vendor and
 * product, event class prefix, or the structured-data element of the KSC native export. Every row of a product names
 * its dataset. Thread-safe.
 */
final class ProductDetector {

    static final String TABLE = "products.tsv";
    static final String HEADER = "product\tdataset\tvendor\tdevice_product\tsignature\tsd_id\tclass_key";

    private static final String ANY = "*";
    private static final Pattern DATASET = Pattern.compile(Pattern.quote(KasperskyMapper.MODULE + ".") + "[a-z0-9_]+");

    /**
     * One row; {@code null} cells match anything.
     *
     * @param dataset  {@code event.dataset} and {@code data_stream.dataset} of the product's events
     * @param classKey for events without a CEF header, the structured-data parameter holding the event class
     */
    record Rule(String product, String dataset, String vendor, String deviceProduct, String signaturePrefix,
            String sdId, String classKey) {

        boolean matches(String eventVendor, String eventProduct, String signature, Map<String, ?> structuredData) {
            return matchesHeader(eventVendor, eventProduct) && matchesClass(signature, structuredData);
        }

        /** Whether the CEF vendor and product fit the row. */
        boolean matchesHeader(String eventVendor, String eventProduct) {
            return (vendor == null || eventVendor != null && Labels.normalizedContains(eventVendor, vendor))
                    && (deviceProduct == null
                            || eventProduct != null && Labels.normalizedContains(eventProduct, deviceProduct));
        }

        /** Whether the event class and structured data fit the row. */
        boolean matchesClass(String signature, Map<String, ?> structuredData) {
            return (signaturePrefix == null || signature != null && signature.startsWith(signaturePrefix))
                    && (sdId == null || structuredData != null && structuredData.containsKey(sdId));
        }
    }

    /** Vendor and product come from the network: past this many pairs, the memory of their rows starts over. */
    static final int MAX_HEADERS = 256;
    /** Longer pairs are matched without the memory, which stays small. */
    static final int MAX_HEADER_CHARS = 512;

    /** A CEF vendor and product as sent; plain methods, since a record's are slower to look up by in a hot map. */
    private static final class Header {

        private final String vendor;
        private final String product;
        private final int hash;

        Header(String vendor, String product) {
            this.vendor = vendor;
            this.product = product;
            this.hash = 31 * vendor.hashCode() + product.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Header header && header.hash == hash && header.vendor.equals(vendor)
                    && header.product.equals(product);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final List<Rule> rules;
    /** Which rows fit each vendor and product seen: a few pairs recur in every event, and matching them is costly. */
    private final BoundedMemory<Header, boolean[]> headers = new BoundedMemory<>(MAX_HEADERS);

    ProductDetector(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads {@code products.tsv}. */
    static ProductDetector load() {
        return of(TsvTable.read(TABLE, HEADER));
    }

    /** Checks and reads the rows of a products table. */
    static ProductDetector of(List<TsvTable.Row> rows) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> datasets = new HashMap<>();
        for (TsvTable.Row row : rows) {
            String code = row.required(0, "product");
            String dataset = row.required(1, "dataset");
            if (!DATASET.matcher(dataset).matches()) {
                throw row.problem("[dataset] must be " + KasperskyMapper.MODULE + ".<name> in a-z, 0-9 and _ (the "
                        + "logs-" + KasperskyMapper.MODULE + ".*-* data streams), got '" + dataset + "'");
            }
            String known = datasets.putIfAbsent(code, dataset);
            if (known != null && !known.equals(dataset)) {
                throw row.problem("[dataset] of product " + code + " is " + known + " on an earlier row");
            }
            String vendor = any(row.required(2, "vendor"));
            String product = any(row.required(3, "device_product"));
            if (vendor != null && !vendor.equals(Labels.normalize(vendor))
                    || product != null && !product.equals(Labels.normalize(product))) {
                throw row.problem("[vendor] and [device_product] must be written normalized (a-z, 0-9)");
            }
            rules.add(new Rule(code, dataset, vendor, product, any(row.required(4, "signature")),
                    any(row.required(5, "sd_id")), row.cell(6)));
        }
        return new ProductDetector(rules);
    }

    /**
     * The first matching row, whose product code ({@code ksmg}, {@code kata}, ...) names the event's product, or
     * {@code null} when the event is none of ours.
     *
     * @param structuredData RFC 5424 structured data by SD-ID, or {@code null}
     */
    Rule detect(String vendor, String deviceProduct, String signature, Map<String, ?> structuredData) {
        boolean[] fits = vendor == null || deviceProduct == null ? null : headerMatches(vendor, deviceProduct);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if ((fits == null ? rule.matchesHeader(vendor, deviceProduct) : fits[i])
                    && rule.matchesClass(signature, structuredData)) {
                return rule;
            }
        }
        return null;
    }

    private boolean[] headerMatches(String vendor, String deviceProduct) {
        Header header = new Header(vendor, deviceProduct);
        boolean[] fits = headers.get(header);
        if (fits == null) {
            fits = new boolean[rules.size()];
            for (int i = 0; i < fits.length; i++) {
                fits[i] = rules.get(i).matchesHeader(vendor, deviceProduct);
            }
            if (vendor.length() + deviceProduct.length() <= MAX_HEADER_CHARS) {
                headers.remember(header, fits);
            }
        }
        return fits;
    }

    /** The rows, in table order. */
    List<Rule> rules() {
        return Collections.unmodifiableList(rules);
    }

    private static String any(String cell) {
        return ANY.equals(cell) ? null : cell;
    }
}
