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

/** A sample filter whose constructor rejects an out-of-range option, as plugins validate options. */
@LogstashPlugin(name = "exploding")
public class Exploding implements Filter {

    public static final PluginConfigSpec<Long> PORT_CONFIG = PluginConfigSpec.numSetting("port", 5514);

    private final String id;

    public Exploding(String id, Configuration config, Context context) {
        this.id = id;
        long port = config.get(PORT_CONFIG);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("[port] must be between 1 and 65535, got " + port);
        }
    }

    @Override
    public Collection<Event> filter(Collection<Event> events, FilterMatchListener matchListener) {
        return events;
    }

    @Override
    public Collection<PluginConfigSpec<?>> configSchema() {
        return PluginHelper.commonFilterSettings(List.of(PORT_CONFIG));
    }

    @Override
    public String getId() {
        return id;
    }
}
