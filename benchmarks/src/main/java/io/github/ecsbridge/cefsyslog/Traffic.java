package io.github.ecsbridge.cefsyslog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bytes a load run sends, encoded once before the clock starts: the corpus lines as one LF-framed block, cut
 * at line boundaries, and each line alone for UDP. Immutable.
 */
final class Traffic {

    private final byte[] block;
    /** End offset in {@link #block} of each line, its LF included. */
    private final int[] lineEnds;
    private final byte[][] datagrams;

    Traffic(List<String> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("[lines] must not be empty");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lineEnds = new int[lines.size()];
        datagrams = new byte[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i).getBytes(StandardCharsets.UTF_8);
            datagrams[i] = line;
            out.writeBytes(line);
            out.write('\n');
            lineEnds[i] = out.size();
        }
        block = out.toByteArray();
    }

    /** The LF-framed block of every line. */
    byte[] block() {
        return block;
    }

    int lineCount() {
        return lineEnds.length;
    }

    /** Bytes of the first {@code lines} lines of the block, {@code 0 <= lines <= lineCount()}. */
    int bytesOfFirst(int lines) {
        return lines == 0 ? 0 : lineEnds[lines - 1];
    }

    /** Line {@code index} modulo the line count, without its LF. */
    byte[] datagram(long index) {
        return datagrams[(int) (index % datagrams.length)];
    }
}
