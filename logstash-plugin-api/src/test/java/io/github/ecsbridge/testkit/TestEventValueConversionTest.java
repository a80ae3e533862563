package io.github.ecsbridge.testkit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestEventValueConversionTest {

    @Test
    void integerTypesAreReadBackAsLong() {
        TestEvent event = new TestEvent();
        event.setField("i", 7);
        event.setField("s", (short) 8);
        event.setField("b", (byte) 9);
        event.setField("l", 10L);
        assertEquals(7L, event.getField("i"));
        assertEquals(8L, event.getField("s"));
        assertEquals(9L, event.getField("b"));
        assertEquals(10L, event.getField("l"));
    }

    @Test
    void floatTypesAreReadBackAsDouble() {
        TestEvent event = new TestEvent();
        event.setField("f", 0.5f);
        event.setField("d", 0.25);
        assertEquals(0.5, event.getField("f"));
        assertEquals(0.25, event.getField("d"));
    }

    @Test
    void bigNumbersBooleansAndStringsAreKept() {
        TestEvent event = new TestEvent();
        event.setField("big", new BigInteger("18446744073709551615"));
        event.setField("dec", new BigDecimal("1.50"));
        event.setField("flag", true);
        event.setField("text", "x");
        assertEquals(new BigInteger("18446744073709551615"), event.getField("big"));
        assertEquals(new BigDecimal("1.50"), event.getField("dec"));
        assertEquals(true, event.getField("flag"));
        assertEquals("x", event.getField("text"));
    }

    @Test
    void mapsAndListsAreConvertedDeeplyAndCopied() {
        Map<String, Object> inner = new HashMap<>();
        inner.put("n", 1);
        List<Object> list = new ArrayList<>(List.of(inner, 2.5f));
        TestEvent event = new TestEvent();
        event.setField("value", list);
        inner.put("n", 99);
        list.add("late");
        assertEquals(List.of(Map.of("n", 1L), 2.5), event.getField("value"));
    }

    @Test
    void javaTimeAndDateValuesBecomeTimestamps() {
        TestEvent event = new TestEvent();
        event.setField("zoned", ZonedDateTime.parse("2026-06-01T02:00:00.123456789+02:00[Europe/Paris]"));
        event.setField("local", LocalDateTime.parse("2026-06-01T00:00:00"));
        event.setField("date", LocalDate.parse("2026-06-01"));
        event.setField("legacy", Date.from(Instant.parse("2026-06-01T00:00:00.5Z")));
        assertEquals(new Timestamp(Instant.parse("2026-06-01T00:00:00.123456789Z")), event.getField("zoned"));
        assertEquals(new Timestamp(Instant.parse("2026-06-01T00:00:00Z")), event.getField("local"));
        assertEquals(new Timestamp(Instant.parse("2026-06-01T00:00:00Z")), event.getField("date"));
        assertEquals(new Timestamp(Instant.parse("2026-06-01T00:00:00.500Z")), event.getField("legacy"));
    }

    @Test
    void instantIsRejectedWithLogstashMissingConverterMessage() {
        TestEvent event = new TestEvent();
        MissingConverterException e = assertThrows(MissingConverterException.class,
                () -> event.setField("t", Instant.parse("2026-06-01T00:00:00Z")));
        assertEquals("Missing Converter handling for full class name=java.time.Instant, simple name=Instant",
                e.getMessage());
    }

    @Test
    void charactersArraysAndCustomObjectsAreRejected() {
        TestEvent event = new TestEvent();
        assertEquals("Missing Converter handling for full class name=java.lang.Character, simple name=Character",
                assertThrows(MissingConverterException.class, () -> event.setField("c", 'x')).getMessage());
        assertEquals("Missing Converter handling for full class name=[Ljava.lang.String;, simple name=String[]",
                assertThrows(MissingConverterException.class,
                        () -> event.setField("a", new String[] {"x"})).getMessage());
        assertEquals("Missing Converter handling for full class name=[B, simple name=byte[]",
                assertThrows(MissingConverterException.class, () -> event.setField("b", new byte[1])).getMessage());
        assertEquals("Missing Converter handling for full class name=java.lang.Object, simple name=Object",
                assertThrows(MissingConverterException.class, () -> event.setField("o", new Object())).getMessage());
    }

    @Test
    void aRejectedValueNestedInAMapIsRejectedToo() {
        TestEvent event = new TestEvent();
        assertThrows(MissingConverterException.class, () -> event.setField("m", Map.of("t", Instant.EPOCH)));
        assertThrows(MissingConverterException.class, () -> new TestEvent(Map.of("t", Instant.EPOCH)));
    }

    @Test
    void mapKeysMustBeStrings() {
        TestEvent event = new TestEvent();
        assertThrows(ClassCastException.class, () -> event.setField("m", Map.of(1, "one")));
    }

    @Test
    void nullIsStored() {
        TestEvent event = new TestEvent();
        event.setField("[a][b]", null);
        assertEquals(new HashMap<>(java.util.Collections.singletonMap("b", null)), event.getField("a"));
    }
}
