package io.github.ecsbridge.gem;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One 512-byte POSIX ustar header block, encoded the way RubyGems writes it.
 *
 * <p>Numeric fields are zero-padded octal ASCII ending in NUL; the checksum is six octal digits, NUL and a space, over
 * all 512 bytes with the checksum field counted as spaces. Only regular files (typeflag {@code '0'}) are written:
 * RubyGems needs no directory entries.
 *
 * @param path     the split path
 * @param mode     permission bits
 * @param size     content length in bytes
 * @param mtime    modification time in seconds since the epoch
 * @param typeflag entry type; {@code '0'} for a regular file
 * @param uname    owner user name
 * @param gname    owner group name
 */
record UstarHeader(UstarPath path, int mode, long size, long mtime, char typeflag, String uname, String gname) {

    static final int BLOCK_SIZE = 512;
    static final char REGULAR_FILE = '0';
    /** The owner RubyGems writes into every entry. */
    static final String OWNER = "wheel";

    private static final int NAME = 0;
    private static final int MODE = 100;
    private static final int UID = 108;
    private static final int GID = 116;
    private static final int SIZE = 124;
    private static final int MTIME = 136;
    private static final int CHECKSUM = 148;
    private static final int TYPEFLAG = 156;
    private static final int MAGIC = 257;
    private static final int VERSION = 263;
    private static final int UNAME = 265;
    private static final int GNAME = 297;
    private static final int DEVMAJOR = 329;
    private static final int DEVMINOR = 337;
    private static final int PREFIX = 345;
    private static final byte[] USTAR_MAGIC = {'u', 's', 't', 'a', 'r', 0, '0', '0'};

    /** A regular file owned by {@value #OWNER}, as RubyGems writes it. */
    static UstarHeader regularFile(String path, int mode, long size, long mtime) {
        return new UstarHeader(UstarPath.of(path), mode, size, mtime, REGULAR_FILE, OWNER, OWNER);
    }

    byte[] encode() {
        byte[] block = new byte[BLOCK_SIZE];
        putText(block, NAME, UstarPath.NAME_MAX, path.name());
        putOctal(block, MODE, 8, mode);
        putOctal(block, UID, 8, 0);
        putOctal(block, GID, 8, 0);
        putOctal(block, SIZE, 12, size);
        putOctal(block, MTIME, 12, mtime);
        block[TYPEFLAG] = (byte) typeflag;
        System.arraycopy(USTAR_MAGIC, 0, block, MAGIC, USTAR_MAGIC.length);
        putText(block, UNAME, 32, uname);
        putText(block, GNAME, 32, gname);
        putOctal(block, DEVMAJOR, 8, 0);
        putOctal(block, DEVMINOR, 8, 0);
        putText(block, PREFIX, UstarPath.PREFIX_MAX, path.prefix());
        String checksum = String.format("%06o", checksum(block));
        putAscii(block, CHECKSUM, checksum + "\0 ");
        return block;
    }

    /** Reads the header block at {@code offset}, rejecting anything that is not a ustar header with a valid checksum. */
    static UstarHeader decode(byte[] tar, int offset) {
        byte[] block = Arrays.copyOfRange(tar, offset, offset + BLOCK_SIZE);
        if (!Arrays.equals(block, MAGIC, MAGIC + USTAR_MAGIC.length, USTAR_MAGIC, 0, USTAR_MAGIC.length)) {
            throw new IllegalArgumentException("[tar] header at offset " + offset + " is not a POSIX ustar header");
        }
        long stored = octal(block, CHECKSUM, 8, "checksum", offset);
        long computed = checksum(block);
        if (stored != computed) {
            throw new IllegalArgumentException("[tar] header at offset " + offset + " has checksum " + stored
                    + ", computed " + computed);
        }
        UstarPath path = new UstarPath(text(block, PREFIX, UstarPath.PREFIX_MAX), text(block, NAME, UstarPath.NAME_MAX));
        return new UstarHeader(path, (int) octal(block, MODE, 8, "mode", offset), octal(block, SIZE, 12, "size", offset),
                octal(block, MTIME, 12, "mtime", offset), (char) block[TYPEFLAG], text(block, UNAME, 32),
                text(block, GNAME, 32));
    }

    /** Unsigned sum of the block with the checksum field taken as eight spaces. */
    static long checksum(byte[] block) {
        long sum = 0;
        for (int i = 0; i < BLOCK_SIZE; i++) {
            boolean inChecksumField = i >= CHECKSUM && i < CHECKSUM + 8;
            sum += inChecksumField ? ' ' : block[i] & 0xff;
        }
        return sum;
    }

    private static void putText(byte[] block, int offset, int length, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > length) {
            throw new IllegalArgumentException("[tar] '" + value + "' does not fit a " + length + "-byte header field");
        }
        System.arraycopy(bytes, 0, block, offset, bytes.length);
    }

    /** Fills {@code length - 1} octal digits and a NUL. */
    private static void putOctal(byte[] block, int offset, int length, long value) {
        String digits = Long.toOctalString(value);
        if (value < 0 || digits.length() > length - 1) {
            throw new IllegalArgumentException("[tar] " + value + " does not fit a " + length + "-byte octal field");
        }
        putAscii(block, offset, "0".repeat(length - 1 - digits.length()) + digits + "\0");
    }

    private static void putAscii(byte[] block, int offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, block, offset, bytes.length);
    }

    private static String text(byte[] block, int offset, int length) {
        int end = offset;
        while (end < offset + length && block[end] != 0) {
            end++;
        }
        return new String(block, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] block, int offset, int length, String field, int headerOffset) {
        String digits = new String(block, offset, length, StandardCharsets.US_ASCII).replace('\0', ' ').strip();
        try {
            return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("[tar] header at offset " + headerOffset + " has a malformed " + field
                    + " field '" + digits + "'", e);
        }
    }
}
