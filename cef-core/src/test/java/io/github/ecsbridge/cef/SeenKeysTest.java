package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Keys outside the dictionary come back as equal text always, as the same String when kept, in bounded memory. */
class SeenKeysTest {

    private static String intern(SeenKeys keys, String text, int start, int end) {
        return keys.intern(text, start, end, text.substring(start, end).hashCode());
    }

    @Test
    void aKeyMetAgainIsTheSameString() {
        SeenKeys keys = new SeenKeys();
        String first = intern(keys, "ESAMID=1 ESAICID=2", 0, 6);
        assertEquals("ESAMID", first);
        assertSame(first, intern(keys, "x ESAMID=3", 2, 8));
    }

    @Test
    void longKeysAreNotKept() {
        SeenKeys keys = new SeenKeys();
        String key = "k".repeat(SeenKeys.MAX_LENGTH + 1);
        String text = key + "=v";
        String first = intern(keys, text, 0, key.length());
        assertEquals(key, first);
        assertNotSame(first, intern(keys, text, 0, key.length()));
    }

    @Test
    void aFullTableStillGivesTheRightText() {
        SeenKeys keys = new SeenKeys();
        for (int i = 0; i < SeenKeys.CAPACITY * 2; i++) {
            String key = "key" + i;
            assertEquals(key, intern(keys, " " + key + "=", 1, 1 + key.length()));
        }
        for (int i = 0; i < SeenKeys.CAPACITY * 2; i++) {
            String key = "key" + i;
            assertEquals(key, intern(keys, key, 0, key.length()));
        }
    }
}
