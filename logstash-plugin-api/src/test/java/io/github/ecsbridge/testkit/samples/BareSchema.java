package io.github.ecsbridge.testkit.samples;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.Filter;
import co.elastic.logstash.api.FilterMatchListener;
import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.PluginConfigSpec;

import java.util.Collection;
import java.util.List;

/** An invalid sample filter: its schema leaves out the common filter settings. */
@LogstashPlugin(name = "bareschema")
public class BareSchema implements Filter {

    public static final PluginConfigSpec<String> MODE_CONFIG = PluginConfigSpec.stringSetting("mode", "fast");

    private final String id;

    public BareSchema(String id, Configuration config, Context context) {
        this.id = id;
    }

    @Override
    public Collection<Event> filter(Collection<Event> events, FilterMatchListener matchListener) {
        return events;
    }

    @Override
    public Collection<PluginConfigSpec<?>> configSchema() {
        return List.of(MODE_CONFIG);
    }

    @Override
    public String getId() {
        return id;
    }
}
