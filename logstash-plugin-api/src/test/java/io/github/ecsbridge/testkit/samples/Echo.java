package io.github.ecsbridge.testkit.samples;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.Filter;
import co.elastic.logstash.api.FilterMatchListener;
import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.PluginConfigSpec;
import co.elastic.logstash.api.PluginHelper;

import java.util.Collection;
import java.util.List;

/** A valid sample filter: copies {@code source} into {@code target} and counts the events it saw. */
@LogstashPlugin(name = "echo")
public class Echo implements Filter {

    public static final PluginConfigSpec<String> SOURCE_CONFIG = PluginConfigSpec.stringSetting("source", "message");
    public static final PluginConfigSpec<String> TARGET_CONFIG = PluginConfigSpec.stringSetting("target", "echo");

    private final String id;
    private final String source;
    private final String target;
    private final Context context;

    public Echo(String id, Configuration config, Context context) {
        this.id = id;
        this.source = config.get(SOURCE_CONFIG);
        this.target = config.get(TARGET_CONFIG);
        this.context = context;
    }

    @Override
    public Collection<Event> filter(Collection<Event> events, FilterMatchListener matchListener) {
        for (Event event : events) {
            event.setField(target, event.getField(source));
            context.getMetric(this).increment("echoed");
            matchListener.filterMatched(event);
        }
        return events;
    }

    @Override
    public Collection<PluginConfigSpec<?>> configSchema() {
        return PluginHelper.commonFilterSettings(List.of(SOURCE_CONFIG, TARGET_CONFIG));
    }

    @Override
    public String getId() {
        return id;
    }
}
