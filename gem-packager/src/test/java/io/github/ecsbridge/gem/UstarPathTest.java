package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UstarPathTest {

    @Test
    void shortPathStaysInTheNameField() {
        assertEquals(new UstarPath("", "lib/logstash/filters/kaspersky.rb"),
                UstarPath.of("lib/logstash/filters/kaspersky.rb"));
    }

    @Test
    void pathOfExactly100BytesStaysInTheNameField() {
        String path = "d/" + "a".repeat(98);
        assertEquals(new UstarPath("", path), UstarPath.of(path));
    }

    @Test
    void vendoredJarPathIsSplitAtTheSlashBeforeTheFileName() {
        UstarPath split = UstarPath.of(GemFixture.JAR_PATH);
        assertEquals("vendor/jar-dependencies/io/github/ecsbridge/logstash-filter-kaspersky/0.1.0", split.prefix());
        assertEquals("logstash-filter-kaspersky-0.1.0.jar", split.name());
        assertEquals(GemFixture.JAR_PATH, split.path());
    }

    @Test
    void longestPrefixThatFitsIsChosen() {
        String path = "a/" + "b".repeat(60) + "/" + "c".repeat(60);
        assertEquals(new UstarPath("a/" + "b".repeat(60), "c".repeat(60)), UstarPath.of(path));
    }

    @Test
    void prefixLongerThan155BytesMovesDirectoriesIntoTheName() {
        String path = "p".repeat(150) + "/" + "q".repeat(10) + "/" + "r".repeat(20);
        assertEquals(new UstarPath("p".repeat(150), "q".repeat(10) + "/" + "r".repeat(20)), UstarPath.of(path));
    }

    @Test
    void pathOf256BytesIsSplitInto155And100() {
        String path = "p".repeat(155) + "/" + "n".repeat(100);
        assertEquals(new UstarPath("p".repeat(155), "n".repeat(100)), UstarPath.of(path));
    }

    @Test
    void pathOf257BytesIsRejected() {
        String path = "p".repeat(156) + "/" + "n".repeat(100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UstarPath.of(path));
        assertEquals("[path] '" + path + "' is 257 bytes long; ustar allows at most 256", e.getMessage());
    }

    @Test
    void longNameWithoutSlashIsRejected() {
        String path = "n".repeat(101);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UstarPath.of(path));
        assertEquals("[path] '" + path + "' has no '/' that splits it into a prefix of at most 155 bytes and a name"
                + " of at most 100 bytes", e.getMessage());
    }

    @Test
    void fileNameLongerThan100BytesIsRejected() {
        String path = "dir/" + "n".repeat(101);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UstarPath.of(path));
        assertEquals("[path] '" + path + "' has no '/' that splits it into a prefix of at most 155 bytes and a name"
                + " of at most 100 bytes", e.getMessage());
    }

    @Test
    void lengthIsCountedInUtf8Bytes() {
        // 50 two-byte characters make 100 bytes, plus "d/" makes 102: too long for the name field alone.
        String path = "d/" + "\u00e9".repeat(50);
        assertEquals(new UstarPath("d", "\u00e9".repeat(50)), UstarPath.of(path));
    }
}
