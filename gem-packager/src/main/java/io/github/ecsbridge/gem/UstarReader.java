package io.github.ecsbridge.gem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads every entry of an in-memory ustar archive, checking each header's magic and checksum. */
final class UstarReader {

    private UstarReader() {
    }

    static List<TarEntry> read(byte[] tar) {
        List<TarEntry> entries = new ArrayList<>();
        int offset = 0;
        while (true) {
            if (tar.length - offset < UstarHeader.BLOCK_SIZE) {
                throw new IllegalArgumentException("[tar] archive ends at byte " + tar.length
                        + " without the two zero blocks that close it");
            }
            if (isZeroBlock(tar, offset)) {
                if (tar.length - offset < 2 * UstarHeader.BLOCK_SIZE
                        || !isZeroBlock(tar, offset + UstarHeader.BLOCK_SIZE)) {
                    throw new IllegalArgumentException("[tar] zero block at offset " + offset
                            + " is not followed by a second one");
                }
                return entries;
            }
            UstarHeader header = UstarHeader.decode(tar, offset);
            int start = offset + UstarHeader.BLOCK_SIZE;
            if (header.size() > tar.length - start) {
                throw new IllegalArgumentException("[tar] entry '" + header.path().path() + "' at offset " + offset
                        + " has " + header.size() + " bytes but only " + (tar.length - start) + " remain");
            }
            int size = (int) header.size();
            entries.add(new TarEntry(header, Arrays.copyOfRange(tar, start, start + size)));
            int blocks = (size + UstarHeader.BLOCK_SIZE - 1) / UstarHeader.BLOCK_SIZE;
            offset = start + blocks * UstarHeader.BLOCK_SIZE;
        }
    }

    private static boolean isZeroBlock(byte[] tar, int offset) {
        for (int i = offset; i < offset + UstarHeader.BLOCK_SIZE; i++) {
            if (tar[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
