package co.elastic.logstash.api;

import java.util.Collection;

/** The options a pipeline configuration gave to one plugin instance. */
public interface Configuration {

    /**
     * The value of a setting converted to its declared type, or its default when not configured.
     *
     * @param configSpec the setting
     * @param <T>        the setting type
     * @return the value
     */
    <T> T get(PluginConfigSpec<T> configSpec);

    /**
     * The configured value as given, without conversion.
     *
     * @param configSpec the setting
     * @return the raw value, or {@code null} if not configured
     */
    Object getRawValue(PluginConfigSpec<?> configSpec);

    /**
     * Whether the setting was configured.
     *
     * @param configSpec the setting
     * @return {@code true} if configured
     */
    boolean contains(PluginConfigSpec<?> configSpec);

    /**
     * The names of all configured options.
     *
     * @return the option names
     */
    Collection<String> allKeys();
}
