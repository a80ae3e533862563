package io.github.ecsbridge.samples;

import java.util.Map;

/**
 * One event of the golden corpus: the raw line as a device sends it, where it stands, and the document every
 * engine must produce from it ({@code null} when the expected file does not have it yet).
 */
public record SampleLine(String file, int lineNumber, String raw, Map<String, Object> expected) {

    /** {@code vendor/type.log:12}, the place a report points to. */
    public String location() {
        return file + ":" + lineNumber;
    }
}
