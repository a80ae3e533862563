package io.github.ecsbridge.ingest;

/** The kinds of assets the installer writes, with the API path each lives under. */
public enum AssetKind {
    PIPELINE("pipeline", "/_ingest/pipeline/"),
    COMPONENT_TEMPLATE("component template", "/_component_template/"),
    INDEX_TEMPLATE("index template", "/_index_template/");

    private final String label;
    private final String path;

    AssetKind(String label, String path) {
        this.label = label;
        this.path = path;
    }

    /** How messages name the kind. */
    public String label() {
        return label;
    }

    /** The API path of an asset of this kind. */
    String path(String name) {
        return path + name;
    }
}
