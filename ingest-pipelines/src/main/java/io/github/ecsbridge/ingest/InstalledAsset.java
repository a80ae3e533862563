package io.github.ecsbridge.ingest;

/** One asset of an installation and what happened to it. */
public record InstalledAsset(AssetKind kind, String name, AssetStatus status) {

    @Override
    public String toString() {
        return kind.label() + " " + name + ": " + status.label();
    }
}
