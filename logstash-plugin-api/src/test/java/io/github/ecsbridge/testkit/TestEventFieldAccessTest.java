package io.github.ecsbridge.testkit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestEventFieldAccessTest {

    @Test
    void bareNameAndBracketedNameAddressTheSameTopLevelField() {
        TestEvent event = new TestEvent();
        event.setField("message", "hello");
        assertEquals("hello", event.getField("[message]"));
        assertEquals("hello", event.getData().get("message"));
    }

    @Test
    void settingANestedFieldCreatesTheIntermediateMaps() {
        TestEvent event = new TestEvent();
        event.setField("[source][geo][city]", "Paris");
        assertEquals(Map.of("geo", Map.of("city", "Paris")), event.getField("source"));
        assertTrue(event.includes("[source][geo]"));
    }

    @Test
    void aBareNameWithDotsIsOneTopLevelField() {
        TestEvent event = new TestEvent();
        event.setField("source.ip", "10.0.0.1");
        assertEquals("10.0.0.1", event.getData().get("source.ip"));
        assertNull(event.getField("[source][ip]"));
    }

    @Test
    void listElementsAreAddressedByPositiveAndNegativeIndex() {
        TestEvent event = new TestEvent(Map.of("list", List.of("a", "b", "c")));
        assertEquals("a", event.getField("[list][0]"));
        assertEquals("c", event.getField("[list][-1]"));
        assertEquals("a", event.getField("[list][-3]"));
        assertNull(event.getField("[list][3]"));
        assertNull(event.getField("[list][-4]"));
        assertNull(event.getField("[list][x]"));
        event.setField("[list][-1]", "z");
        assertEquals(List.of("a", "b", "z"), event.getField("list"));
    }

    @Test
    void writingPastTheEndOfAListPadsItWithNulls() {
        TestEvent event = new TestEvent(Map.of("list", List.of("a")));
        event.setField("[list][3]", "d");
        assertEquals(Arrays.asList("a", null, null, "d"), event.getField("list"));
    }

    @Test
    void writingANonNumericKeyIntoAListIsIgnoredAsInLogstash() {
        TestEvent event = new TestEvent(Map.of("list", List.of("a")));
        event.setField("[list][name]", "x");
        assertEquals(List.of("a"), event.getField("list"));
    }

    @Test
    void readingThroughAScalarGivesNull() {
        TestEvent event = new TestEvent(Map.of("message", "text"));
        assertNull(event.getField("[message][inner]"));
        assertFalse(event.includes("[message][inner]"));
    }

    @Test
    void writingBelowAScalarFailsWithLogstashMessage() {
        TestEvent event = new TestEvent(Map.of("message", "text"));
        InvalidFieldSetException e = assertThrows(InvalidFieldSetException.class,
                () -> event.setField("[message][inner]", "x"));
        assertEquals("Could not set field 'inner' on object 'text' to value 'x'.This is probably due to trying "
                + "to set a field like [foo][bar] = someValuewhen [foo] is not either a map or a string",
                e.getMessage());
    }

    @Test
    void invalidReferenceSyntaxThrowsOnEveryAccessor() {
        TestEvent event = new TestEvent();
        assertThrows(FieldReference.IllegalSyntaxException.class, () -> event.getField("a[b]"));
        assertThrows(FieldReference.IllegalSyntaxException.class, () -> event.setField("[a]b", 1));
        assertThrows(FieldReference.IllegalSyntaxException.class, () -> event.includes("[a"));
        assertThrows(FieldReference.IllegalSyntaxException.class, () -> event.remove("[]"));
    }

    @Test
    void getFieldReturnsACopyThatCannotChangeTheEvent() {
        TestEvent event = new TestEvent();
        event.setField("[a][list]", List.of("x"));
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) event.getField("a");
        copy.put("other", 1L);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) copy.get("list");
        list.add("y");
        assertEquals(Map.of("list", List.of("x")), event.getField("a"));
    }

    @Test
    void getUnconvertedFieldReturnsTheStoredValueItself() {
        TestEvent event = new TestEvent();
        event.setField("[a][b]", "c");
        assertSame(event.getData().get("a"), event.getUnconvertedField("a"));
    }

    @Test
    void metadataIsSeparateFromDataAndAddressedThroughAtMetadata() {
        TestEvent event = new TestEvent();
        event.setField("[@metadata][index]", "logs");
        assertEquals("logs", event.getField("[@metadata][index]"));
        assertEquals(Map.of("index", "logs"), event.getField("@metadata"));
        assertEquals(Map.of("index", "logs"), event.getField("[@metadata]"));
        assertEquals(Map.of("index", "logs"), event.getMetadata());
        assertFalse(event.getData().containsKey("@metadata"));
        assertFalse(event.toMap().containsKey("@metadata"));
    }

    @Test
    void settingTheWholeMetadataReplacesIt() {
        TestEvent event = new TestEvent(Map.of("@metadata", Map.of("old", 1L)));
        event.setField("[@metadata]", Map.of("new", 2));
        assertEquals(Map.of("new", 2L), event.getMetadata());
    }

    @Test
    void metadataAlwaysExists() {
        TestEvent event = new TestEvent();
        assertTrue(event.includes("@metadata"));
        assertFalse(event.includes("[@metadata][x]"));
    }

    @Test
    void includesSeesFieldsHoldingNull() {
        TestEvent event = new TestEvent();
        event.setField("empty", null);
        assertTrue(event.includes("empty"));
        assertNull(event.getField("empty"));
        assertFalse(event.includes("absent"));
    }

    @Test
    void removeReturnsTheRemovedValue() {
        TestEvent event = new TestEvent(Map.of("a", Map.of("b", "c", "d", "e"), "list", List.of(1, 2, 3)));
        assertEquals("c", event.remove("[a][b]"));
        assertEquals(Map.of("d", "e"), event.getField("a"));
        assertEquals(3L, event.remove("[list][-1]"));
        assertEquals(List.of(1L, 2L), event.getField("list"));
        assertNull(event.remove("[list][7]"));
        assertNull(event.remove("absent"));
    }

    @Test
    void removingMetadataEmptiesItAndReturnsTheOldContent() {
        TestEvent event = new TestEvent(Map.of("@metadata", Map.of("k", "v")));
        assertEquals(Map.of("k", "v"), event.remove("[@metadata]"));
        assertEquals(Map.of(), event.getMetadata());
        event.setField("[@metadata][a]", "b");
        assertEquals("b", event.remove("[@metadata][a]"));
    }

    @Test
    void inputMapKeysAreFieldNamesNotReferences() {
        TestEvent event = new TestEvent(Map.of("[a][b]", "literal"));
        assertEquals("literal", event.getData().get("[a][b]"));
        assertNull(event.getField("[a][b]"));
    }

    @Test
    void inputMapIsCopied() {
        List<Object> tags = new ArrayList<>(List.of("one"));
        TestEvent event = new TestEvent(Map.of("tags", tags));
        tags.add("two");
        assertEquals(List.of("one"), event.getField("tags"));
    }
}
