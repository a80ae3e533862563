package io.github.ecsbridge.gem;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** Writes regular files into a POSIX ustar archive that RubyGems 3.3 reads without losing long names. */
final class UstarWriter {

    private final OutputStream out;
    private final long mtime;

    /** Every entry gets {@code mtime}, so the archive depends only on the content written. */
    UstarWriter(OutputStream out, Instant mtime) {
        this.out = out;
        this.mtime = mtime.getEpochSecond();
    }

    void add(String path, int mode, byte[] content) throws IOException {
        out.write(UstarHeader.regularFile(path, mode, content.length, mtime).encode());
        out.write(content);
        int padding = (UstarHeader.BLOCK_SIZE - content.length % UstarHeader.BLOCK_SIZE) % UstarHeader.BLOCK_SIZE;
        out.write(new byte[padding]);
    }

    /** Writes the two zero blocks that end every tar archive. */
    void finish() throws IOException {
        out.write(new byte[2 * UstarHeader.BLOCK_SIZE]);
        out.flush();
    }
}
