package io.github.ecsbridge.cli;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Plugin;
import io.github.ecsbridge.testkit.ConfigValidator;
import io.github.ecsbridge.testkit.TestConfiguration;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.util.Map;

/**
 * Makes plugins through the package-private {@code (id, config, context, clock)} constructor every plugin of this
 * project has for its tests, so that the year of year-less dates and the time of receipt are {@code clock}'s.
 */
final class FixedClockPlugins implements PluginFactory {

    private final Clock clock;

    FixedClockPlugins(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public <T extends Plugin> T create(Class<T> type, Map<String, ?> options, Context context) {
        Configuration config = new TestConfiguration(options);
        T plugin;
        try {
            Constructor<T> seam = type.getDeclaredConstructor(String.class, Configuration.class, Context.class,
                    Clock.class);
            seam.setAccessible(true);
            plugin = seam.newInstance(type.getSimpleName(), config, context, clock);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " has no (String, Configuration, Context, Clock) "
                    + "constructor to fix its clock with", e);
        }
        ConfigValidator.validateConfig(plugin, config);
        return plugin;
    }
}
