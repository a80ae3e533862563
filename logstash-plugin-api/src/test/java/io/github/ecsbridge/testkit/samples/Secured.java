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

/** A valid sample filter with a required option. */
@LogstashPlugin(name = "secured")
public class Secured implements Filter {

    public static final PluginConfigSpec<String> KEY_CONFIG = PluginConfigSpec.requiredStringSetting("key");

    private final String id;

    public Secured(String id, Configuration config, Context context) {
        this.id = id;
    }

    @Override
    public Collection<Event> filter(Collection<Event> events, FilterMatchListener matchListener) {
        return events;
    }

    @Override
    public Collection<PluginConfigSpec<?>> configSchema() {
        return PluginHelper.commonFilterSettings(List.of(KEY_CONFIG));
    }

    @Override
    public String getId() {
        return id;
    }
}
