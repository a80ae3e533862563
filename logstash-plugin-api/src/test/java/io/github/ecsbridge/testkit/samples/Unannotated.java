package io.github.ecsbridge.testkit.samples;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.Filter;
import co.elastic.logstash.api.FilterMatchListener;
import co.elastic.logstash.api.PluginConfigSpec;
import co.elastic.logstash.api.PluginHelper;

import java.util.Collection;

/** An invalid sample filter: it has no @LogstashPlugin annotation. */
public class Unannotated implements Filter {

    private final String id;

    public Unannotated(String id, Configuration config, Context context) {
        this.id = id;
    }

    @Override
    public Collection<Event> filter(Collection<Event> events, FilterMatchListener matchListener) {
        return events;
    }

    @Override
    public Collection<PluginConfigSpec<?>> configSchema() {
        return PluginHelper.commonFilterSettings();
    }

    @Override
    public String getId() {
        return id;
    }
}
