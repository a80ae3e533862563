package io.github.ecsbridge.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Elasticsearch release number such as {@code 8.19.21} (a {@code -SNAPSHOT} or build suffix is ignored). */
public record ElasticsearchVersion(int major, int minor, int patch) implements Comparable<ElasticsearchVersion> {

    /**
     * The oldest release the assets work on: composable templates (7.8), data streams (7.9) and
     * {@code append.allow_duplicates} (7.10), and the release the pipeline tests run on.
     */
    public static final ElasticsearchVersion MINIMUM = new ElasticsearchVersion(7, 10, 0);

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)([-+].*)?");

    /** Parses {@code major.minor.patch}. */
    public static ElasticsearchVersion parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an Elasticsearch version: '" + text + "'");
        }
        return new ElasticsearchVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    @Override
    public int compareTo(ElasticsearchVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
