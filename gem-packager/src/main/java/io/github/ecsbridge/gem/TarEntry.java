package io.github.ecsbridge.gem;

import java.time.Instant;

/** One entry read from a ustar archive: the raw header fields that matter to RubyGems, and the content. */
public final class TarEntry {

    private final UstarHeader header;
    private final byte[] content;

    TarEntry(UstarHeader header, byte[] content) {
        this.header = header;
        this.content = content.clone();
    }

    /** The full path: {@link #prefix()}, a {@code /} and {@link #name()}, or only the name when there is no prefix. */
    public String path() {
        return header.path().path();
    }

    /** The header's {@code name} field (at most 100 bytes). */
    public String name() {
        return header.path().name();
    }

    /** The header's {@code prefix} field (at most 155 bytes), empty when unused. */
    public String prefix() {
        return header.path().prefix();
    }

    /** Permission bits, for example {@code 0644}. */
    public int mode() {
        return header.mode();
    }

    /** Modification time. */
    public Instant mtime() {
        return Instant.ofEpochSecond(header.mtime());
    }

    /** Entry type; {@code '0'} for a regular file. */
    public char typeflag() {
        return header.typeflag();
    }

    /** Owner user name. */
    public String uname() {
        return header.uname();
    }

    /** Owner group name. */
    public String gname() {
        return header.gname();
    }

    /** A copy of the content. */
    public byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return path() + " (" + content.length + " bytes, mode " + Integer.toOctalString(mode()) + ")";
    }
}
