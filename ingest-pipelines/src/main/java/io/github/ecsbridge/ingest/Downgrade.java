package io.github.ecsbridge.ingest;

/** A field mapped with a fallback type because the cluster lacks the type its definition asks for. */
public record Downgrade(String field, String type, String fallback) {

    @Override
    public String toString() {
        return field + ": " + type + " -> " + fallback;
    }
}
