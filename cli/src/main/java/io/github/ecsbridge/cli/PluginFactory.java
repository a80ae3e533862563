package io.github.ecsbridge.cli;

import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Plugin;
import io.github.ecsbridge.testkit.Plugins;
import java.time.Clock;
import java.util.Map;

/** Makes the plugins the CLI runs and gives the time they and the decoder see; tests fix the clock through it. */
interface PluginFactory {

    /** Plugins made as Logstash makes them, on the system clock. */
    PluginFactory LOGSTASH = new PluginFactory() {
        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public <T extends Plugin> T create(Class<T> type, Map<String, ?> options, Context context) {
            return Plugins.instantiate(type, options, context);
        }
    };

    /** The time of receipt, and the source of the year of timestamps that carry none. */
    Clock clock();

    /** A validated plugin of {@code type} configured with {@code options}, logging through {@code context}. */
    <T extends Plugin> T create(Class<T> type, Map<String, ?> options, Context context);
}
