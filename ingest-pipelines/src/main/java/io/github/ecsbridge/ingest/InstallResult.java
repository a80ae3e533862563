package io.github.ecsbridge.ingest;

import java.util.List;

/** The outcome of an installation: the cluster it went to, every asset written or checked, and every downgrade. */
public record InstallResult(ClusterCapabilities cluster, List<InstalledAsset> assets, List<Downgrade> downgrades) {

    public InstallResult {
        assets = List.copyOf(assets);
        downgrades = List.copyOf(downgrades);
    }

    /** How many assets of a kind ended with a status. */
    public long count(AssetKind kind, AssetStatus status) {
        return assets.stream().filter(a -> a.kind() == kind && a.status() == status).count();
    }

    /** How many assets ended with a status. */
    public long count(AssetStatus status) {
        return assets.stream().filter(a -> a.status() == status).count();
    }
}
