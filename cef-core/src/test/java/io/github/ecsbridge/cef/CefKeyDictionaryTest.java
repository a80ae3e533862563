package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The key table loads, is consistent, and rejects tables that break its rules. */
class CefKeyDictionaryTest {

    private static final String HEADER = "short_name\tfull_name\ttype\tecs_field\ttranslate\trelated\tlegacy_name";
    private final CefKeyDictionary dictionary = CefKeyDictionary.standard();

    @Test
    void standardTableHasEveryKeyOfTheReference() {
        assertEquals(183, dictionary.keys().size());
    }

    @Test
    void shortAndFullNamesFindTheSameKey() {
        CefKey src = dictionary.get("src");

        assertEquals(new CefKey("src", "sourceAddress", CefDataType.IPV4_ADDRESS, "source.ip", CefTranslation.NONE,
                "related.ip", "sourceAddress"), src);
        assertSame(src, dictionary.get("sourceAddress"));
        assertEquals("sourceAddress", dictionary.fullName("src"));
    }

    @Test
    void caseIsIgnoredOnlyWhenNothingMatchesExactly() {
        assertEquals("filename", dictionary.get("fName").fullName());
        assertEquals("sourceAddress", dictionary.get("SRC").fullName());
        assertEquals("Reason", dictionary.get("reason").fullName());
        assertEquals("reason", dictionary.get("Reason").shortName());
    }

    @Test
    void unknownKeysAreNotInTheDictionary() {
        assertNull(dictionary.get("KSMGUserRole"));
        assertEquals("KSMGUserRole", dictionary.fullName("KSMGUserRole"));
        assertNull(dictionary.get("cs7"));
    }

    @Test
    void rowsCarryTheirRules() {
        assertEquals(new CefKey("rt", "deviceReceiptTime", CefDataType.TIME_STAMP, "@timestamp"), dictionary.get("rt"));
        assertEquals("fileName", dictionary.get("fname").legacyName());
        assertEquals(CefTranslation.LIST, dictionary.get("dvc").translation());
        assertEquals(CefTranslation.TO_STRING, dictionary.get("eventId").translation());
        assertEquals(CefTranslation.DIRECTION, dictionary.get("deviceDirection").translation());
        assertEquals(CefDataType.LONG, dictionary.get("in").type());
        assertNull(dictionary.get("type").ecsField());
        assertNull(dictionary.get("cs1").ecsField());
    }

    @Test
    void everyLabelHasItsSlot() {
        int labels = 0;
        for (CefKey key : dictionary.keys()) {
            if (key.isLabel()) {
                labels++;
                String slot = key.shortName().substring(0, key.shortName().length() - 5);
                assertEquals(key.fullName(), dictionary.get(slot).fullName() + "Label", key.shortName());
            }
        }
        assertEquals(24, labels);
    }

    @Test
    void noNameBelongsToTwoKeysEvenIgnoringCase() {
        Map<String, CefKey> owners = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CefKey key : dictionary.keys()) {
            for (String name : List.of(key.shortName(), key.fullName())) {
                CefKey owner = owners.putIfAbsent(name, key);
                assertEquals(true, owner == null || owner == key, name);
            }
        }
    }

    @Test
    void noEcsFieldIsTheTargetOfTwoKeys() {
        Map<String, String> targets = new HashMap<>();
        for (CefKey key : dictionary.keys()) {
            if (key.ecsField() != null) {
                String other = targets.put(key.ecsField(), key.shortName());
                assertNull(other, key.ecsField() + " is the target of " + other + " and " + key.shortName());
            }
        }
    }

    @Test
    void everyTypeOccursInTheTable() {
        Set<CefDataType> types = EnumSet.noneOf(CefDataType.class);
        for (CefKey key : dictionary.keys()) {
            types.add(key.type());
        }
        assertEquals(EnumSet.allOf(CefDataType.class), types);
    }

    @Test
    void internReturnsTheDictionarysStringForKnownNamesOnly() {
        String line = "x src=1 sourceAddress=2 srcx=3";

        assertSame(dictionary.get("src").shortName(), dictionary.intern(line, 2, 5));
        assertSame(dictionary.get("src").fullName(), dictionary.intern(line, 8, 21));
        assertNull(dictionary.intern(line, 24, 28));
        assertNull(dictionary.intern(line, 2, 4));
    }

    @Test
    void tableWithoutHeaderIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CefKeyDictionary.parse(List.of("# comment", "src\tsourceAddress"), "t.tsv"));

        assertEquals("t.tsv line 2: expected the header row '" + HEADER + "'", e.getMessage());
    }

    @Test
    void duplicateKeyIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CefKeyDictionary.parse(List.of(
                HEADER,
                "src\tsourceAddress\tIPv4Address\tsource.ip\t-\t-\t-",
                "SRC\tsomethingElse\tString\t-\t-\t-\t-"), "t.tsv"));

        assertEquals("t.tsv line 3: key name 'SRC' is already used by 'src'", e.getMessage());
    }

    @Test
    void unknownTypeIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CefKeyDictionary.parse(List.of(
                HEADER, "src\tsourceAddress\tIPv5Address\tsource.ip\t-\t-\t-"), "t.tsv"));

        assertEquals("t.tsv line 2: unknown CEF data type 'IPv5Address'", e.getMessage());
    }

    @Test
    void wrongColumnCountIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CefKeyDictionary.parse(List.of(
                HEADER, "src\tsourceAddress\tIPv4Address\tsource.ip"), "t.tsv"));

        assertEquals("t.tsv line 2: expected 7 columns, found 4", e.getMessage());
    }

    @Test
    void labelWithoutSlotIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CefKeyDictionary.parse(List.of(
                HEADER, "cs1Label\tdeviceCustomString1Label\tString\t-\t-\t-\t-"), "t.tsv"));

        assertEquals("t.tsv: label 'cs1Label' (deviceCustomString1Label) has no slot 'cs1' (deviceCustomString1)",
                e.getMessage());
    }

    @Test
    void translateWithoutEcsFieldIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CefKeyDictionary.parse(List.of(
                HEADER, "proto\ttransportProtocol\tString\t-\tLOWERCASE\t-\t-"), "t.tsv"));

        assertEquals("t.tsv line 2: translate LOWERCASE without an ECS field", e.getMessage());
    }

    @Test
    void malformedEcsFieldIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CefKeyDictionary.parse(List.of(
                HEADER, "src\tsourceAddress\tIPv4Address\tsource..ip\t-\t-\t-"), "t.tsv"));

        assertEquals("t.tsv line 2: 'source..ip' is not a dotted field name", e.getMessage());
    }

    @Test
    void relatedMustBeARelatedField() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CefKeyDictionary.parse(List.of(
                HEADER, "src\tsourceAddress\tIPv4Address\tsource.ip\t-\tsource.ip\t-"), "t.tsv"));

        assertEquals("t.tsv line 2: 'source.ip' is not a related.* field", e.getMessage());
    }
}
