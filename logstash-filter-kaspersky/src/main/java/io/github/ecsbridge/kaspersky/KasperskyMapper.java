package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.cef.CefKey;
import io.github.ecsbridge.cef.CefKeyDictionary;
import io.github.ecsbridge.cef.CefTimestamps;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps decoded Kaspersky events (the documents {@code MessageDecoder} and the {@code cefsyslog} input produce) to
 * vendor fields and ECS, following the tables of this package; documents of other vendors are left untouched.
 *
 * <p>Steps: recognise the product ({@code products.tsv}); pair values with table rows ({@link LabelResolver});
 * remove the generic ECS field of every key a table maps, since the table knows better ({@code dhost} of KSC is
 * the managed device, not a destination); write vendor fields under {@code <vendorRoot>.<product>} and ECS fields;
 * then {@code event.module}, {@code event.dataset} and {@code data_stream.dataset} ({@code products.tsv}); then, in
 * ECS mode, {@code event.severity}, the categorisation of the event class and {@code related.*}. A value that does not
 * fit its type is left out and described in {@code error.message}; nothing throws for bad input. With
 * {@code ecs_compatibility => disabled} only vendor fields and the module and dataset are written.
 *
 * <p>Immutable after construction and thread-safe: one instance serves every pipeline worker.
 */
public final class KasperskyMapper {

    /** The vendor root of the tables and the default of the {@code target} option. */
    public static final String DEFAULT_VENDOR_ROOT = "kaspersky";

    /** {@code event.module} of every mapped event; {@code products.tsv} names each product's dataset under it. */
    public static final String MODULE = "kaspersky";

    /** The fields that name the module and dataset of a mapped event, in both modes. */
    static final List<String> DATASET_FIELDS = List.of("event.module", "event.dataset", "data_stream.dataset");
    /** The ECS fields of the CEF header that the generic mapping writes as sent. */
    public static final List<String> HEADER_FIELDS = List.of("observer.vendor", "observer.product", "observer.version",
            "cef.name");

    /** Start of the message for a value that does not fit its table type. */
    public static final String MALFORMED_VALUE = "malformed value for key";

    private static final String ERROR_MESSAGE = "error.message";

    private final KasperskyTables tables;
    private final String vendorRoot;
    private final EcsCompatibility mode;
    private final CefTimestamps timestamps;
    private final Map<String, ProductMapping> products;
    private final RelatedFields related;
    private final Set<String> touchedRoots;

    /**
     * @param vendorRoot dotted field under which {@code <product>.*} vendor fields go ({@code kaspersky})
     * @param zone       zone of time values that carry none
     * @param locale     language of month names in time values, besides English
     * @param clock      current time, for time values without a year
     * @param mode       ECS or legacy field names
     */
    public KasperskyMapper(String vendorRoot, ZoneId zone, Locale locale, Clock clock, EcsCompatibility mode) {
        this(KasperskyTables.standard(), vendorRoot, zone, locale, clock, mode);
    }

    KasperskyMapper(KasperskyTables tables, String vendorRoot, ZoneId zone, Locale locale, Clock clock,
            EcsCompatibility mode) {
        this.tables = tables;
        this.vendorRoot = Objects.requireNonNull(vendorRoot, "vendorRoot");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.timestamps = new CefTimestamps(zone, locale, clock);
        Map<String, ProductMapping> mappings = new LinkedHashMap<>();
        tables.products().forEach((code, product) -> mappings.put(code, new ProductMapping(product, vendorRoot)));
        this.products = Collections.unmodifiableMap(mappings);
        this.related = tables.related().withVendorRoot(vendorRoot);
        this.touchedRoots = Collections.unmodifiableSet(touchedRoots(tables, vendorRoot));
    }

    /** The dotted field that holds the vendor fields. */
    public String vendorRoot() {
        return vendorRoot;
    }

    /** The field names this mapper writes. */
    public EcsCompatibility mode() {
        return mode;
    }

    /**
     * The top-level fields {@link #map} may read or change in a decoded document: an adapter that holds an event
     * only needs to hand over, and write back, these.
     */
    public Set<String> touchedRoots() {
        return touchedRoots;
    }

    /**
     * Maps a decoded document in place.
     *
     * @return {@link MappingOutcome#NOT_KASPERSKY} (document unchanged) or the mapped product
     */
    public MappingOutcome map(EcsDocument document) {
        SourceEvent source = SourceEvent.of(document);
        if (source == null) {
            return MappingOutcome.NOT_KASPERSKY;
        }
        ProductDetector.Rule detected = tables.detector().detect(source.vendor(), source.deviceProduct(),
                source.signature(), source.structuredData());
        if (detected == null) {
            return MappingOutcome.NOT_KASPERSKY;
        }
        ProductMapping product = products.get(detected.product());
        String signature = source.signature(detected.classKey());
        SignatureRules rules = product.rules(signature);
        Map<String, Object> values = source.values();
        List<LabelResolver.Binding> bindings = product.bindings(signature, rules, values);
        List<String> problems = new ArrayList<>(0);
        if (mode.isEcs()) {
            removeGenericFields(bindings, values, document);
        }
        for (LabelResolver.Binding binding : bindings) {
            write(binding, document, problems);
        }
        // Written in legacy mode too: Logstash's elasticsearch output routes by data_stream.dataset, and the
        // logs-kaspersky.*-* templates expect event.module and event.dataset to match it.
        document.put("event.module", MODULE);
        document.put("event.dataset", product.dataset());
        document.put("data_stream.dataset", product.dataset());
        if (mode.isEcs()) {
            document.put("ecs.version", EcsCompatibility.ECS_VERSION);
            trimHeaderFields(document);
            if (!source.isCef() && !signature.isEmpty()) {
                // CEF events carry their class in event.code already; the RFC 5424 parser does not know ours.
                document.putIfAbsent("event.code", signature);
            }
            writeSeverity(source, product.product(), signature, rules, document);
            categorise(rules, document);
            related.fill(document);
        }
        writeProblems(problems, document);
        return new MappingOutcome(MappingOutcome.Status.MAPPED, product.product());
    }

    /** CEF header fields without the spaces around them: KATA 5.0 pads product and name, which splits aggregations. */
    private static void trimHeaderFields(EcsDocument document) {
        for (String field : HEADER_FIELDS) {
            if (document.get(field) instanceof String value && value.trim().length() != value.length()) {
                document.put(field, value.trim());
            }
        }
    }

    /** The product code of a CEF header, or {@code null} when it is none of ours. */
    String productOf(String vendor, String deviceProduct, String signature) {
        ProductDetector.Rule rule = tables.detector().detect(vendor, deviceProduct, signature, null);
        return rule == null ? null : rule.product();
    }

    /**
     * Removes what the generic CEF mapping made of the keys a table maps: their ECS field and their value in a
     * {@code related.*} list (a raw list of recipients is no user name; related.tsv refills the lists).
     */
    private static void removeGenericFields(List<LabelResolver.Binding> bindings, Map<String, Object> values,
            EcsDocument document) {
        for (LabelResolver.Binding binding : bindings) {
            CefKey key = binding.generic();
            if (key == null) {
                continue;
            }
            if (key.ecsField() != null && !key.ecsField().equals("@timestamp")) {
                Documents.removeAndPrune(document, key.ecsField());
            }
            if (key.relatedField() != null) {
                Documents.removeFromList(document, key.relatedField(), values.get(binding.key()));
            }
        }
    }

    private void write(LabelResolver.Binding binding, EcsDocument document, List<String> problems) {
        for (Target target : binding.targets()) {
            boolean writesEcs = target.ecs() != null && mode.isEcs();
            if (target.vendorPath() == null && !writesEcs) {
                continue;
            }
            try {
                Object value = target.type().read(binding.value(), timestamps, timestamps.defaultZone());
                if (value == null) {
                    continue;
                }
                if (target.vendorPath() != null) {
                    target.translation().write(document, target.vendorField(binding.number()), value);
                }
                if (writesEcs) {
                    target.translation().write(document, target.ecs(), value);
                }
            } catch (IllegalArgumentException e) {
                String label = binding.label() == null ? "" : " (label '" + binding.label() + "')";
                problems.add(MALFORMED_VALUE + " '" + binding.key() + "'" + label + ": " + e.getMessage());
            }
        }
    }

    private void writeSeverity(SourceEvent source, String product, String signature, SignatureRules rules,
            EcsDocument document) {
        if (source.severity() == null) {
            return;
        }
        Long severity = tables.severities().severity(product, signature, rules.group(), source.severity());
        if (severity != null) {
            document.put("event.severity", severity);
        } else {
            Documents.removeAndPrune(document, "event.severity");
        }
    }

    private static void categorise(SignatureRules rules, EcsDocument document) {
        EventRule base = rules.base();
        if (base != null) {
            document.put("event.kind", base.kind());
            if (!base.categories().isEmpty()) {
                document.put("event.category", new ArrayList<>(base.categories()));
            }
            if (!base.types().isEmpty()) {
                document.put("event.type", new ArrayList<>(base.types()));
            }
            document.put("event.outcome", base.outcome());
            if (base.action() != null) {
                document.putIfAbsent("event.action", base.action());
            }
        }
        for (SignatureRules.Condition condition : rules.conditions()) {
            if (holds(document.get(condition.field()), condition.rule().whenValues())) {
                apply(condition.rule(), document);
            }
        }
    }

    private static boolean holds(Object value, Set<String> accepted) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (holds(item, accepted)) {
                    return true;
                }
            }
            return false;
        }
        return value != null && accepted.contains(value.toString().toLowerCase(Locale.ROOT));
    }

    private static void apply(EventRule rule, EcsDocument document) {
        document.put("event.kind", rule.kind());
        document.put("event.action", rule.action());
        document.put("event.outcome", rule.outcome());
        applyList(document, "event.category", rule.categories(), rule.appendCategories());
        applyList(document, "event.type", rule.types(), rule.appendTypes());
    }

    private static void applyList(EcsDocument document, String field, List<String> values, boolean append) {
        if (values.isEmpty()) {
            return;
        }
        if (!append) {
            document.put(field, new ArrayList<>(values));
            return;
        }
        for (String value : values) {
            document.append(field, value);
        }
    }

    private static void writeProblems(List<String> problems, EcsDocument document) {
        if (problems.isEmpty()) {
            return;
        }
        for (String problem : new LinkedHashSet<>(problems)) {
            Object current = document.get(ERROR_MESSAGE);
            if (current == null) {
                document.put(ERROR_MESSAGE, problem);
            } else if (!(current instanceof List<?> list && list.contains(problem)) && !problem.equals(current)) {
                document.append(ERROR_MESSAGE, problem);
            }
        }
    }

    private static Set<String> touchedRoots(KasperskyTables tables, String vendorRoot) {
        Set<String> roots = new LinkedHashSet<>(List.of("cef", "log", "event", "related", "error", "message",
                "data_stream"));
        roots.add(root(vendorRoot));
        for (ProductTables product : tables.products().values()) {
            for (FieldRule rule : product.fields()) {
                if (rule.ecs() != null) {
                    roots.add(root(rule.ecs()));
                }
                CefKey key = rule.key() == null || rule.numbered() ? null
                        : CefKeyDictionary.standard().get(rule.matchKey());
                if (key != null && key.ecsField() != null) {
                    roots.add(root(key.ecsField()));
                }
            }
        }
        for (RelatedFields.Rule rule : tables.related().rules()) {
            roots.add(root(rule.field()));
        }
        roots.remove("@timestamp");
        roots.remove(root(RelatedFields.TABLE_ROOT));
        roots.add(root(vendorRoot));
        return roots;
    }

    private static String root(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }
}
