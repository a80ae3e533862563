package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Header severities become ECS numbers where the standard gives one. */
class CefSeverityTest {

    @Test
    void numbersAreTakenAsTheyAre() {
        assertEquals(10L, CefSeverity.toNumber("10"));
        assertEquals(0L, CefSeverity.toNumber("0"));
        assertEquals(11L, CefSeverity.toNumber(" 11 "));
    }

    @Test
    void wordsMapToTheLowestNumberOfTheirBand() {
        assertEquals(0L, CefSeverity.toNumber("Low"));
        assertEquals(4L, CefSeverity.toNumber("Medium"));
        assertEquals(7L, CefSeverity.toNumber("High"));
        assertEquals(9L, CefSeverity.toNumber("Very-High"));
        assertEquals(0L, CefSeverity.toNumber("low"));
        assertEquals(9L, CefSeverity.toNumber("VERY-HIGH"));
    }

    @Test
    void severitiesWithoutNumberHaveNone() {
        assertNull(CefSeverity.toNumber("Unknown"));
        assertNull(CefSeverity.toNumber(""));
        assertNull(CefSeverity.toNumber("<severity>"));
        assertNull(CefSeverity.toNumber("-1"));
        assertNull(CefSeverity.toNumber("5.5"));
        assertNull(CefSeverity.toNumber("12345678901"));
    }
}
