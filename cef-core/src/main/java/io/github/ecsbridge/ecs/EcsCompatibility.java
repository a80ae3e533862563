package io.github.ecsbridge.ecs;

import java.util.Locale;

/** The {@code ecs_compatibility} modes of Logstash plugins; {@code v8} behaves like {@code v1}, as in Logstash. */
public enum EcsCompatibility {
    DISABLED,
    V1,
    V8;

    /** The {@code ecs.version} that documents mapped in an ECS mode carry, the same as the ingest pipelines set. */
    public static final String ECS_VERSION = "8.17.0";

    /** Whether fields go to ECS names rather than the legacy flat names. */
    public boolean isEcs() {
        return this != DISABLED;
    }

    /** The option value as users write it. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an option value; the message names the option and the accepted values. */
    public static EcsCompatibility fromOption(String value) {
        for (EcsCompatibility mode : values()) {
            if (mode.optionValue().equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                "[ecs_compatibility] must be one of [disabled, v1, v8], got '" + value + "'");
    }
}
