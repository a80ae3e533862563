package io.github.ecsbridge.kaspersky;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the mapping tables against each other and against ECS, beyond what loading them checks. */
class KasperskyTablesTest {

    private static final KasperskyTables TABLES = KasperskyTables.load();
    private static final EcsReference ECS = new EcsReference();

    /** The twelve groups of the KSMG 1.1 help and the number of LMS_EV_* classes the help lists in them. */
    private static final Set<String> KSMG_HELP_GROUPS = Set.of("Settings", "Tasks", "ImportExport", "Backup",
            "Report", "License", "Rules", "Auth", "Quarantine", "Update", "ScanLogic", "Appliance");
    private static final int KSMG_HELP_CLASSES = 67;

    @Test
    void everyProductOfTheDetectorHasTables() {
        assertEquals(Set.of("ksmg", "kata", "kcs", "ksc"), TABLES.products().keySet());
    }

    @Test
    void everyProductHasTheDatasetOfItsDataStream() {
        Map<String, String> datasets = new LinkedHashMap<>();
        TABLES.products().forEach((code, product) -> datasets.put(code, product.dataset()));
        assertEquals(Map.of("ksmg", "kaspersky.ksmg", "kata", "kaspersky.kata", "kcs", "kaspersky.kcs",
                "ksc", "kaspersky.ksc"), datasets);
    }

    @Test
    void datasetOutsideTheKasperskyDataStreamsIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> products(
                "ksmg\tkaspersky-ksmg\tkaspersky\tmail\t*\t*\t-"));
        assertEquals("products.tsv line 2: [dataset] must be kaspersky.<name> in a-z, 0-9 and _ (the "
                + "logs-kaspersky.*-* data streams), got 'kaspersky-ksmg'", e.getMessage());
    }

    @Test
    void productWithTwoDatasetsIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> products(
                "ksmg\tkaspersky.ksmg\tkaspersky\tmail\t*\t*\t-",
                "ksmg\tkaspersky.mail\tkaspersky\tksmg\t*\t*\t-"));
        assertEquals("products.tsv line 3: [dataset] of product ksmg is kaspersky.ksmg on an earlier row",
                e.getMessage());
    }

    @Test
    void ksmgEventsTableHoldsEveryClassOfTheHelp() {
        List<String> classes = new ArrayList<>();
        for (EventRule rule : TABLES.products().get("ksmg").events()) {
            if (rule.isBase() && rule.group() != null && KSMG_HELP_GROUPS.contains(rule.group()) && !rule.scope().exactIds().isEmpty()
                    && !rule.scope().exactIds().get(0).equals("LMS_EV_SCAN_LOGIC_MLF_STATUS")) {
                classes.addAll(rule.scope().exactIds());
            }
        }
        assertEquals(KSMG_HELP_CLASSES, classes.size(), "classes: " + classes);
        assertEquals(KSMG_HELP_CLASSES, new HashSet<>(classes).size(), "a class is listed twice: " + classes);
    }

    @Test
    void everyEcsTargetIsAnEcsField() {
        List<String> unknown = new ArrayList<>();
        forEachFieldRule((product, rule) -> {
            if (rule.ecs() != null && !ECS.hasField(rule.ecs())) {
                unknown.add(rule.where() + rule.ecs());
            }
            if (rule.ecs() != null && rule.translation().kind() == Translation.Kind.DOMAIN_USER) {
                String domain = rule.ecs().substring(0, rule.ecs().lastIndexOf('.') + 1) + "domain";
                if (!ECS.hasField(domain)) {
                    unknown.add(rule.where() + domain);
                }
            }
        });
        for (RelatedFields.Rule rule : TABLES.related().rules()) {
            if (!rule.field().startsWith(RelatedFields.TABLE_ROOT) && !ECS.hasField(rule.field())
                    || !ECS.hasField(rule.related())) {
                unknown.add(RelatedFields.TABLE + ": " + rule);
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void categorisationUsesOnlyEcsAllowedValues() {
        List<String> wrong = new ArrayList<>();
        for (ProductTables product : TABLES.products().values()) {
            for (EventRule rule : product.events()) {
                check(wrong, rule, "event.kind", rule.kind() == null ? List.of() : List.of(rule.kind()));
                check(wrong, rule, "event.category", rule.categories());
                check(wrong, rule, "event.type", rule.types());
                check(wrong, rule, "event.outcome", rule.outcome() == null ? List.of() : List.of(rule.outcome()));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyEventTypeIsExpectedWithOneOfItsCategories() {
        List<String> wrong = new ArrayList<>();
        for (ProductTables product : TABLES.products().values()) {
            for (String signature : representativeSignatures(product)) {
                SignatureRules rules = SignatureRules.of(product, signature, "kaspersky", "kaspersky.x.");
                if (rules.base() == null) {
                    continue;
                }
                checkPairs(wrong, product.product() + " " + signature, rules.base(), null);
                for (SignatureRules.Condition condition : rules.conditions()) {
                    checkPairs(wrong, product.product() + " " + signature + " when " + condition.field(),
                            rules.base(), condition.rule());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void vendorFieldsOfOneProductAreNotAlsoItsGroups() {
        // A vendor field and an object of the same name would clash in an Elasticsearch mapping.
        List<String> clashes = new ArrayList<>();
        for (ProductTables product : TABLES.products().values()) {
            Set<String> fields = new HashSet<>();
            for (FieldRule rule : product.fields()) {
                if (rule.field() != null) {
                    fields.add(rule.field());
                }
            }
            for (String field : fields) {
                for (String other : fields) {
                    if (other.startsWith(field + ".")) {
                        clashes.add(product.product() + ": " + field + " / " + other);
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void aFieldKeepsOneTypeAcrossRows() {
        List<String> conflicts = new ArrayList<>();
        for (ProductTables product : TABLES.products().values()) {
            Map<String, ValueType> types = new java.util.HashMap<>();
            for (FieldRule rule : product.fields()) {
                if (rule.field() == null) {
                    continue;
                }
                ValueType stored = storedType(rule.type());
                ValueType previous = types.putIfAbsent(rule.field(), stored);
                if (previous != null && previous != stored) {
                    conflicts.add(rule.where() + rule.field() + " is " + previous + " elsewhere");
                }
            }
        }
        assertEquals(List.of(), conflicts);
    }

    private static ValueType storedType(ValueType type) {
        switch (type) {
            case TEXT:
                return ValueType.STRING;
            case LIST_SEMICOLON:
                return ValueType.LIST;
            default:
                return type;
        }
    }

    private static void check(List<String> wrong, EventRule rule, String field, List<String> values) {
        for (String value : values) {
            if (!ECS.allowedValues(field).contains(value)) {
                wrong.add(rule.where() + field + " '" + value + "'");
            }
        }
    }

    private static void checkPairs(List<String> wrong, String what, EventRule base, EventRule condition) {
        List<String> categories = merge(base.categories(), condition == null ? null : condition.categories(),
                condition != null && condition.appendCategories());
        List<String> types = merge(base.types(), condition == null ? null : condition.types(),
                condition != null && condition.appendTypes());
        for (String type : types) {
            boolean expected = categories.stream().anyMatch(category -> ECS.expectedTypes(category).contains(type));
            if (!expected) {
                wrong.add(what + ": type " + type + " with categories " + categories);
            }
        }
    }

    private static List<String> merge(List<String> base, List<String> change, boolean append) {
        if (change == null || change.isEmpty()) {
            return base;
        }
        if (!append) {
            return change;
        }
        Set<String> merged = new LinkedHashSet<>(base);
        merged.addAll(change);
        return new ArrayList<>(merged);
    }

    /** Every exact class id of the events table, and one made-up class per prefix. */
    private static ProductDetector products(String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(ProductDetector.HEADER);
        lines.addAll(List.of(rows));
        return ProductDetector.of(TsvTable.parse(ProductDetector.TABLE, lines, ProductDetector.HEADER));
    }

    private static Set<String> representativeSignatures(ProductTables product) {
        Set<String> signatures = new LinkedHashSet<>();
        for (EventRule rule : product.events()) {
            signatures.addAll(rule.scope().exactIds());
            String text = rule.scope().toString();
            for (String part : text.split(",")) {
                if (part.endsWith("*") && !part.equals("*")) {
                    signatures.add(part.substring(0, part.length() - 1) + "UNLISTED");
                }
            }
        }
        return signatures;
    }

    private static void forEachFieldRule(java.util.function.BiConsumer<String, FieldRule> action) {
        TABLES.products().forEach((code, product) -> product.fields().forEach(rule -> action.accept(code, rule)));
    }

    @Test
    void everyProductGivesUnknownClassesAnEventKind() {
        for (ProductTables product : TABLES.products().values()) {
            EventRule fallback = product.baseRule("UNLISTED_CLASS_ID");
            assertTrue(fallback != null && "event".equals(fallback.kind()), product.product());
        }
    }
}
