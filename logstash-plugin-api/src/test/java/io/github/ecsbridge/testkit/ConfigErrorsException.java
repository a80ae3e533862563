package io.github.ecsbridge.testkit;

import java.util.List;

/** Logstash's "Config errors found" failure, carrying each individual error so tests can assert them. */
public final class ConfigErrorsException extends IllegalStateException {

    private final List<String> errors;

    ConfigErrorsException(String pluginName, List<String> errors) {
        super("Config errors found for plugin '" + pluginName + "'");
        this.errors = List.copyOf(errors);
    }

    /**
     * The individual errors, in the order Logstash logs them.
     *
     * @return unknown-setting errors first, then required-setting errors
     */
    public List<String> getErrors() {
        return errors;
    }
}
