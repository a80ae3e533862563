package io.github.ecsbridge.testkit.samples;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.FilterMatchListener;
import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.PluginConfigSpec;
import co.elastic.logstash.api.PluginHelper;

import java.util.Collection;
import java.util.List;

/**
 * An invalid sample filter: it looks like a filter but does not implement the interface, and its
 * {@code filter} returns a List where Logstash's validator requires the exact return type Collection.
 */
@LogstashPlugin(name = "notafilter")
public class NotAFilter {

    private final String id;

    public NotAFilter(String id, Configuration config, Context context) {
        this.id = id;
    }

    public List<Event> filter(Collection<Event> events, FilterMatchListener matchListener) {
        return List.copyOf(events);
    }

    public Collection<PluginConfigSpec<?>> configSchema() {
        return PluginHelper.commonFilterSettings();
    }

    public String getId() {
        return id;
    }
}
