package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Plugin;
import co.elastic.logstash.api.PluginConfigSpec;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The check Logstash runs after constructing a plugin: no unknown options, every required option given. */
public final class ConfigValidator {

    private static final Logger LOGGER = LogManager.getLogger(ConfigValidator.class);

    private ConfigValidator() {
    }

    /**
     * Validates the options against the plugin's {@code configSchema()}, logging each error as Logstash does.
     *
     * @param plugin the constructed plugin
     * @param config the options it was constructed with
     * @throws ConfigErrorsException with message {@code Config errors found for plugin '<name>'} if any
     *                               option is unknown or a required one is missing
     */
    public static void validateConfig(Plugin plugin, Configuration config) {
        List<String> errors = configErrors(plugin, config);
        if (!errors.isEmpty()) {
            errors.forEach(LOGGER::error);
            throw new ConfigErrorsException(plugin.getName(), errors);
        }
    }

    /**
     * The errors {@link #validateConfig} would report.
     *
     * @param plugin the constructed plugin
     * @param config the options it was constructed with
     * @return {@code Unknown setting '<k>' specified for plugin '<name>'} per unknown option, then
     *         {@code Required setting '<k>' not specified for plugin '<name>'} per missing required setting
     */
    public static List<String> configErrors(Plugin plugin, Configuration config) {
        Collection<PluginConfigSpec<?>> schema = plugin.configSchema();
        Set<String> known = schema.stream().map(PluginConfigSpec::name).collect(Collectors.toSet());
        List<String> errors = new ArrayList<>();
        for (String name : config.allKeys()) {
            if (!known.contains(name)) {
                errors.add(String.format("Unknown setting '%s' specified for plugin '%s'", name, plugin.getName()));
            }
        }
        for (PluginConfigSpec<?> spec : schema) {
            if (spec.required() && !config.contains(spec)) {
                errors.add(String.format("Required setting '%s' not specified for plugin '%s'",
                        spec.name(), plugin.getName()));
            }
        }
        return errors;
    }
}
