package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UstarHeaderTest {

    private static final long MTIME = 1767225600L;

    @Test
    void fieldsAreWrittenAtTheirUstarOffsets() {
        byte[] block = UstarHeader.regularFile("lib/logstash/filters/kaspersky.rb", 0644, 1234, MTIME).encode();

        assertEquals(512, block.length);
        assertEquals("lib/logstash/filters/kaspersky.rb" + "\0".repeat(67), field(block, 0, 100));
        assertEquals("0000644\0", field(block, 100, 8));
        assertEquals("0000000\0", field(block, 108, 8));
        assertEquals("0000000\0", field(block, 116, 8));
        assertEquals("00000002322\0", field(block, 124, 12));
        assertEquals("15125334400\0", field(block, 136, 12));
        assertEquals("0", field(block, 156, 1));
        assertEquals("\0".repeat(100), field(block, 157, 100));
        assertEquals("ustar\0", field(block, 257, 6));
        assertEquals("00", field(block, 263, 2));
        assertEquals("wheel" + "\0".repeat(27), field(block, 265, 32));
        assertEquals("wheel" + "\0".repeat(27), field(block, 297, 32));
        assertEquals("0000000\0", field(block, 329, 8));
        assertEquals("0000000\0", field(block, 337, 8));
        assertEquals("\0".repeat(155), field(block, 345, 155));
        assertEquals("\0".repeat(12), field(block, 500, 12));
    }

    @Test
    void checksumIsTheUnsignedSumWithTheChecksumFieldCountedAsSpaces() {
        byte[] block = UstarHeader.regularFile("metadata.gz", 0444, 700, MTIME).encode();
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : block[i] & 0xff;
        }
        assertEquals(String.format("%06o", sum) + "\0 ", field(block, 148, 8));
    }

    @Test
    void longPathIsWrittenToThePrefixAndNameFields() {
        byte[] block = UstarHeader.regularFile(GemFixture.JAR_PATH, 0644, 1, MTIME).encode();
        String name = "logstash-filter-kaspersky-0.1.0.jar";
        String prefix = "vendor/jar-dependencies/io/github/ecsbridge/logstash-filter-kaspersky/0.1.0";
        assertEquals(name + "\0".repeat(100 - name.length()), field(block, 0, 100));
        assertEquals(prefix + "\0".repeat(155 - prefix.length()), field(block, 345, 155));
    }

    @Test
    void decodeReturnsWhatEncodeWrote() {
        UstarHeader header = UstarHeader.regularFile(GemFixture.JAR_PATH, 0644, 4096, MTIME);
        assertEquals(header, UstarHeader.decode(header.encode(), 0));
    }

    @Test
    void decodeReadsAHeaderAtAnOffset() {
        UstarHeader header = UstarHeader.regularFile("VERSION", 0644, 6, MTIME);
        byte[] tar = new byte[1024];
        System.arraycopy(header.encode(), 0, tar, 512, 512);
        assertEquals(header, UstarHeader.decode(tar, 512));
    }

    @Test
    void decodeRejectsAHeaderWhoseChecksumDoesNotMatch() {
        byte[] block = UstarHeader.regularFile("lib/x.rb", 0644, 6, MTIME).encode();
        long stored = UstarHeader.checksum(block);
        block[0] = 'm'; // was 'l', one more
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UstarHeader.decode(block, 0));
        assertEquals("[tar] header at offset 0 has checksum " + stored + ", computed " + (stored + 1), e.getMessage());
    }

    @Test
    void decodeRejectsGnuMagic() {
        byte[] block = UstarHeader.regularFile("lib/x.rb", 0644, 6, MTIME).encode();
        System.arraycopy("ustar  \0".getBytes(StandardCharsets.US_ASCII), 0, block, 257, 8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UstarHeader.decode(block, 0));
        assertEquals("[tar] header at offset 0 is not a POSIX ustar header", e.getMessage());
    }

    @Test
    void sizeBeyondElevenOctalDigitsIsRejected() {
        UstarHeader header = UstarHeader.regularFile("big.bin", 0644, 1L << 33, MTIME);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, header::encode);
        assertEquals("[tar] 8589934592 does not fit a 12-byte octal field", e.getMessage());
    }

    private static String field(byte[] block, int offset, int length) {
        return new String(Arrays.copyOfRange(block, offset, offset + length), StandardCharsets.ISO_8859_1);
    }
}
