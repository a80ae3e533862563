package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.cef.CefTimestamps;
import io.github.ecsbridge.ecs.EcsDocument;
import io.github.ecsbridge.samples.GoldenAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The value types, translations and field names of the tables behave as the table README says. */
class ValueRulesTest {

    private static final CefTimestamps TIMESTAMPS =
            new CefTimestamps(ZoneOffset.UTC, Locale.ENGLISH, GoldenAssert.CLOCK);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ExtraAttributes, extra_attributes",
        "SourceIPv6 Address, source_ipv6_address",
        "Container ID, container_id",
        "TaskId, task_id",
        "Имя задачи, имя_задачи",
        "'  --  ', ''"})
    void unknownLabelsBecomeSnakeCaseNames(String label, String name) {
        assertEquals(name, SnakeCase.of(label));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "44D88612FEA8A8F36DE82E1278ABB02F, file.hash.md5, 44d88612fea8a8f36de82e1278abb02f",
        "';DF4C8E5C0B1F87D26C38F5EBC1F3CE1F4F2A2C0A', file.hash.sha1, df4c8e5c0b1f87d26c38f5ebc1f3ce1f4f2a2c0a"})
    void hashesGoToTheFieldOfTheirLength(String value, String field, String written) {
        EcsDocument document = new EcsDocument();
        Translation.parse("hash").write(document, "file.hash", value);
        assertEquals(written, document.get(field));
    }

    @Test
    void hashesOfNoKnownLengthAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Translation.parse("hash").write(new EcsDocument(), "file.hash", "abc123"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"3232245874, 192.168.40.114", "192.168.40.114, 192.168.40.114", "0, 0.0.0.0",
        "4294967295, 255.255.255.255"})
    void decimalAddressesBecomeDottedQuads(String value, String address) {
        EcsDocument document = new EcsDocument();
        Translation.parse("decimal_ip").write(document, "source.ip", value);
        assertEquals(address, document.get("source.ip"));
    }

    @Test
    void domainAccountsFillNameAndDomain() {
        EcsDocument document = new EcsDocument();
        Translation.parse("domain_user").write(document, "user.name", "NT AUTHORITY\\SYSTEM");
        assertEquals(Map.of("user", Map.of("name", "SYSTEM", "domain", "NT AUTHORITY")), document.toMap());
    }

    @Test
    void containerDirectionsAreIngressAndEgress() {
        EcsDocument document = new EcsDocument();
        Translation.parse("ingress_egress").write(document, "a", "0");
        Translation.parse("ingress_egress").write(document, "b", "1");
        assertEquals(Map.of("a", "ingress", "b", "egress"), document.toMap());
        assertThrows(IllegalArgumentException.class,
                () -> Translation.parse("ingress_egress").write(document, "c", "2"));
    }

    @Test
    void pipePartsSplitTheNativeAppName() {
        EcsDocument document = new EcsDocument();
        Translation.parse("before_pipe").write(document, "product", "KES|11.0.0.0");
        Translation.parse("after_pipe").write(document, "version", "KES|11.0.0.0");
        Translation.parse("value:pod").write(document, "type", "web-1");
        assertEquals(Map.of("product", "KES", "version", "11.0.0.0", "type", "pod"), document.toMap());
    }

    @Test
    void listsAreSplitAndTrimmedWithoutEmptyParts() {
        assertEquals(List.of("a@example.com", "b@example.com"),
                ValueType.LIST.read("a@example.com, ,b@example.com ,", TIMESTAMPS, ZoneOffset.UTC));
        assertEquals(List.of("name[a][b]", "entries[1][2]"),
                ValueType.LIST_SEMICOLON.read("name[a][b];entries[1][2]", TIMESTAMPS, ZoneOffset.UTC));
    }

    @Test
    void textLosesItsByteOrderMarkAndLiteralLineBreaks() {
        assertEquals("Event type: blocked\nUser: EXAMPLE\\i.petrov",
                ValueType.TEXT.read("\uFEFFEvent type: blocked\\r\\nUser: EXAMPLE\\i.petrov", TIMESTAMPS,
                        ZoneOffset.UTC));
    }

    @Test
    void datesWithoutZoneUseTheGivenZone() {
        assertEquals("2026-02-27T21:00:00.000Z",
                ValueType.DATE.read("Feb 28 2026 00:00:00", TIMESTAMPS, ZoneId.of("Europe/Moscow")));
        assertEquals("2026-02-28T00:00:00.000Z", ValueType.DATE.read(1772236800000L, TIMESTAMPS, ZoneOffset.UTC));
    }

    @Test
    void numbersThatAreNotNumbersAreRejected() {
        IllegalArgumentException problem = assertThrows(IllegalArgumentException.class,
                () -> ValueType.LONG.read("taskId", TIMESTAMPS, ZoneOffset.UTC));
        assertEquals("not an integer: 'taskId'", problem.getMessage());
    }

    @Test
    void normalizedHeaderMatchingIgnoresCaseSpacesAndPunctuation() {
        assertEquals(true, Labels.normalizedContains(" Kaspersky Anti Targeted Attack Platform (Sandbox)",
                "antitargetedattack"));
        assertEquals(false, Labels.normalizedContains("Kaspersky Web Traffic Security", "mail"));
    }
}
