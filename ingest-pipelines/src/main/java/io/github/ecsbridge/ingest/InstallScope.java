package io.github.ecsbridge.ingest;

import java.util.Locale;

/** Which assets an installation writes. */
public enum InstallScope {
    /** Pipelines and templates; the templates route documents through the entry pipelines. */
    ALL,
    /** Only the pipelines, for clusters without data streams or for templates managed elsewhere. */
    PIPELINES,
    /**
     * Only the templates, without a default pipeline: for documents the Logstash filters have parsed already, or
     * clusters without the ingest processors the pipelines need.
     */
    TEMPLATES;

    /** Whether the pipelines are installed. */
    public boolean pipelines() {
        return this != TEMPLATES;
    }

    /** Whether the templates are installed. */
    public boolean templates() {
        return this != PIPELINES;
    }

    /** The option value as users write it. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an option value; the message names the option and the accepted values. */
    public static InstallScope fromOption(String value) {
        for (InstallScope scope : values()) {
            if (scope.optionValue().equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("[only] must be one of [all, pipelines, templates], got '" + value + "'");
    }
}
