package io.github.ecsbridge.gem;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A path split into the ustar {@code prefix} and {@code name} header fields.
 *
 * <p>RubyGems 3.3 reads long names only from the ustar prefix field; GNU {@code ././@LongLink} and PAX headers are
 * silently truncated to 100 bytes, which would rename the plugin jar. So a path longer than 100 bytes is split at a
 * {@code /} into a prefix of at most 155 bytes and a name of at most 100 bytes, with the longest prefix that fits, as
 * RubyGems' own {@code split_name} does.
 *
 * @param prefix directory part, empty when the whole path fits in {@code name}
 * @param name   the rest of the path
 */
record UstarPath(String prefix, String name) {

    static final int NAME_MAX = 100;
    static final int PREFIX_MAX = 155;
    static final int PATH_MAX = NAME_MAX + 1 + PREFIX_MAX;

    static UstarPath of(String path) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            throw new IllegalArgumentException("[path] must not be empty");
        }
        if (bytes.length > PATH_MAX) {
            throw new IllegalArgumentException("[path] '" + path + "' is " + bytes.length
                    + " bytes long; ustar allows at most " + PATH_MAX);
        }
        if (bytes.length <= NAME_MAX) {
            return new UstarPath("", path);
        }
        // '/' never occurs inside a multi-byte UTF-8 sequence, so splitting the bytes there keeps both halves valid.
        int longestPrefix = Math.min(PREFIX_MAX, bytes.length - 2);
        int shortestPrefix = Math.max(1, bytes.length - 1 - NAME_MAX);
        for (int slash = longestPrefix; slash >= shortestPrefix; slash--) {
            if (bytes[slash] == '/') {
                return new UstarPath(
                        new String(Arrays.copyOfRange(bytes, 0, slash), StandardCharsets.UTF_8),
                        new String(Arrays.copyOfRange(bytes, slash + 1, bytes.length), StandardCharsets.UTF_8));
            }
        }
        throw new IllegalArgumentException("[path] '" + path + "' has no '/' that splits it into a prefix of at most "
                + PREFIX_MAX + " bytes and a name of at most " + NAME_MAX + " bytes");
    }

    /** The full path, as a tar reader joins the two fields. */
    String path() {
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }
}
