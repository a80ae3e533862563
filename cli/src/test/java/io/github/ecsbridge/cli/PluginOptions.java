package io.github.ecsbridge.cli;

import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.Plugin;
import co.elastic.logstash.api.PluginConfigSpec;
import io.github.ecsbridge.cefsyslog.Cefsyslog;
import io.github.ecsbridge.ciscoesa.CiscoEsa;
import io.github.ecsbridge.kaspersky.Kaspersky;
import io.github.ecsbridge.testkit.Plugins;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The settings each plugin of this project accepts, as its own {@code configSchema()} declares them. */
final class PluginOptions {

    private final Map<String, Set<String>> byPlugin;

    private PluginOptions(Map<String, Set<String>> byPlugin) {
        this.byPlugin = byPlugin;
    }

    /** The settings of {@code cefsyslog}, {@code kaspersky} and {@code cisco_esa}. */
    static PluginOptions ofThisProject() {
        Map<String, Set<String>> byPlugin = new LinkedHashMap<>();
        for (Class<? extends Plugin> type : List.of(Cefsyslog.class, Kaspersky.class, CiscoEsa.class)) {
            // The schema is an instance method; every option has a default, so an empty configuration builds one.
            Set<String> names = new TreeSet<>();
            for (PluginConfigSpec<?> spec : Plugins.instantiate(type, Map.of()).configSchema()) {
                names.add(spec.name());
            }
            byPlugin.put(type.getAnnotation(LogstashPlugin.class).name(), Set.copyOf(names));
        }
        return new PluginOptions(byPlugin);
    }

    /** Whether {@code plugin} is one of this project's. */
    boolean covers(String plugin) {
        return byPlugin.containsKey(plugin);
    }

    /** Whether {@code plugin}, one of this project's, accepts the setting {@code name}. */
    boolean accepts(String plugin, String name) {
        return byPlugin.get(plugin).contains(name);
    }

    /** The settings of {@code plugin}, sorted, for messages. */
    Set<String> of(String plugin) {
        return new TreeSet<>(byPlugin.get(plugin));
    }
}
