package io.github.ecsbridge.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching by length and folded first letter finds exactly what a case-insensitive region match finds. */
class NameTableTest {

    @Test
    void lettersThatRegionMatchesTakesAsEqualFoldAlike() {
        for (char a = 0; a < Character.MAX_VALUE; a++) {
            for (char b : "aAiIkKsS\u0131\u0130\u017F\u212A\u00B5\u039C\u00DF\u00E9".toCharArray()) {
                if (String.valueOf(a).regionMatches(true, 0, String.valueOf(b), 0, 1)) {
                    assertEquals(NameTable.fold(b), NameTable.fold(a), (int) a + " and " + (int) b);
                }
            }
        }
    }

    @Test
    void findsNamesIgnoringCaseAndNothingElse() {
        NameTable table = new NameTable(List.of("Jan", "January", "Sept", "m\u00E4r"));
        assertEquals(0, table.indexOf("<13>JAN 1", 4, 7));
        assertEquals(1, table.indexOf("january", 0, 7));
        assertEquals(3, table.indexOf("M\u00C4R", 0, 3));
        assertEquals(-1, table.indexOf("Jun", 0, 3));
        assertEquals(-1, table.indexOf("Jan", 1, 1));
        // The long s (U+017F) upper-cases to S, so a region match takes it for one.
        assertTrue("\u017Fept".regionMatches(true, 0, "Sept", 0, 4));
        assertEquals(2, table.indexOf("\u017Fept", 0, 4));
    }
}
