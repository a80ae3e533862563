package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ecsbridge.ecs.EcsDocument;
import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import io.github.ecsbridge.samples.SampleLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every field the filter writes is declared in {@code fields.tsv} (the integration's field files) and holds a
 * value of the declared type, so Elasticsearch maps our documents as it maps the integration's.
 */
class FieldCatalogTest {

    /**
     * Fields where the integration writes a string although the mapping is typed, and we do the same:
     * Elasticsearch coerces both values at index time.
     */
    private static final Set<String> KEPT_AS_STRING = Set.of("event.severity",
            "cisco_secure_email_gateway.log.esa.msg_too_big_from_sender");

    private final FieldTypes types = FieldTypes.standard();

    @Test
    void everySampleFieldIsDeclaredWithItsType() {
        CiscoEsaParser parser = CiscoEsaParser.builder().clock(GoldenAssert.CLOCK).preserveOriginal(true).build();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (SampleFile file : SampleCorpus.standard().files("cisco_esa")) {
            for (SampleLine line : file.lines()) {
                EcsDocument.forEachLeaf(parser.parse(line.raw(), null), (name, value) -> {
                    seen.add(name);
                    String problem = check(name, value);
                    if (problem != null) {
                        problems.add(line.location() + ": " + problem);
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(seen.size() >= 250, "the corpus should exercise nearly every field, saw " + seen.size());
    }

    @Test
    void failureAndFileFieldsAreDeclaredToo() {
        Map<String, Object> document = CiscoEsaParser.builder().clock(GoldenAssert.CLOCK).build()
                .parse("<166>Feb 30 10:00:00 status: Info: Status: CPULd x", "/ftp/status.esa1.@20260101T000000.s");
        List<String> problems = new ArrayList<>();
        EcsDocument.forEachLeaf(document, (name, value) -> {
            String problem = check(name, value);
            if (problem != null) {
                problems.add(problem);
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyResourceTableLoadsAgainstTheDeclaredFields() {
        // Each table checks its targets against fields.tsv when it loads, and fails on the first bad row.
        assertEquals(13, LogTypes.standard(types).size());
        EnrichmentRules.load(types);
        LogTypeDetector.load(LogTypes.standard(types).keySet());
        UserAgentParser.load();
    }

    private String check(String name, Object value) {
        FieldType type = types.typeOf(name);
        if (type == null) {
            return name + " is not declared";
        }
        for (Object item : value instanceof List<?> list ? list : List.of(value)) {
            if (KEPT_AS_STRING.contains(name) && item instanceof String) {
                continue;
            }
            if (!type.javaType().isInstance(item)) {
                return name + " holds " + item.getClass().getSimpleName() + " " + item + " but is declared " + type;
            }
            if (type == FieldType.IP && !IpAddress.isValid((String) item)) {
                return name + " holds '" + item + "', not an IP address";
            }
            if (type == FieldType.DATE) {
                Instant.parse((String) item);
            }
        }
        return null;
    }
}
