package io.github.ecsbridge.testkit.samples;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Input;
import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.PluginConfigSpec;
import co.elastic.logstash.api.PluginHelper;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** A valid sample input: pushes {@code count} numbered events, then finishes. */
@LogstashPlugin(name = "ticker")
public class Ticker implements Input {

    public static final PluginConfigSpec<Long> COUNT_CONFIG = PluginConfigSpec.numSetting("count", 3);

    private final String id;
    private final long count;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean stopRequested;

    public Ticker(String id, Configuration config, Context context) {
        this.id = id;
        this.count = config.get(COUNT_CONFIG);
    }

    @Override
    public void start(Consumer<Map<String, Object>> writer) {
        try {
            for (long tick = 1; tick <= count && !stopRequested; tick++) {
                writer.accept(Map.of("tick", tick));
            }
        } finally {
            done.countDown();
        }
    }

    @Override
    public void stop() {
        stopRequested = true;
    }

    @Override
    public void awaitStop() throws InterruptedException {
        done.await();
    }

    @Override
    public Collection<PluginConfigSpec<?>> configSchema() {
        return PluginHelper.commonInputSettings(List.of(COUNT_CONFIG));
    }

    @Override
    public String getId() {
        return id;
    }
}
