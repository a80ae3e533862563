package io.github.ecsbridge.samples;

import java.util.List;

/** One {@code <vendor>/<type>.log} of the corpus with its lines and their expected documents. */
public record SampleFile(String vendor, String type, List<SampleLine> lines) {

    /** {@code vendor/type}, also the corpus-relative name without the extension. */
    public String name() {
        return vendor + "/" + type;
    }

    @Override
    public String toString() {
        return name();
    }
}
