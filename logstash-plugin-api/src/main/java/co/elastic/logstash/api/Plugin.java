package co.elastic.logstash.api;

import java.util.Collection;

/** Common contract of every Logstash Java plugin: its identity and the settings it accepts. */
public interface Plugin {

    /**
     * The settings this plugin accepts; Logstash rejects any configured option not listed here.
     *
     * @return the accepted settings
     */
    Collection<PluginConfigSpec<?>> configSchema();

    /**
     * The plugin name from {@link LogstashPlugin}, or the class name when the annotation is missing or empty.
     *
     * @return the plugin name
     */
    default String getName() {
        LogstashPlugin annotation = getClass().getDeclaredAnnotation(LogstashPlugin.class);
        return annotation == null || annotation.name().isEmpty() ? getClass().getName() : annotation.name();
    }

    /**
     * The id Logstash passed to the constructor (the {@code id} option or a generated one).
     *
     * @return the plugin instance id
     */
    String getId();
}
