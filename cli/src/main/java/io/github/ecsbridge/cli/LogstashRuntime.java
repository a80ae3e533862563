package io.github.ecsbridge.cli;

import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.Filter;
import io.github.ecsbridge.ciscoesa.CiscoEsa;
import io.github.ecsbridge.kaspersky.Kaspersky;
import io.github.ecsbridge.testkit.EventDocuments;
import io.github.ecsbridge.testkit.TestContext;
import io.github.ecsbridge.testkit.TestEventFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a Logstash pipeline the CLI needs: input maps become events, which pass through the {@code kaspersky}
 * and {@code cisco_esa} filters, instantiated and called as Logstash does, and come out as plain documents.
 */
final class LogstashRuntime {

    private final TestContext context = new TestContext();
    private final List<Filter> filters;

    LogstashRuntime(String timezone, String ciscoLogType) {
        this(timezone, ciscoLogType, PluginFactory.LOGSTASH);
    }

    /** A runtime whose filters come from {@code plugins}, which tests use to fix the filters' clock. */
    LogstashRuntime(String timezone, String ciscoLogType, PluginFactory plugins) {
        Map<String, Object> kaspersky = new LinkedHashMap<>();
        kaspersky.put("timezone", timezone);
        Map<String, Object> cisco = new LinkedHashMap<>();
        cisco.put("timezone", timezone);
        if (ciscoLogType != null) {
            cisco.put("log_type", ciscoLogType);
        }
        filters = List.of(
                plugins.create(Kaspersky.class, kaspersky, context),
                plugins.create(CiscoEsa.class, cisco, context));
    }

    /** The context plugins of this runtime log and count through. */
    TestContext context() {
        return context;
    }

    /** Runs one batch of input maps through the filters, in order, and returns the resulting documents. */
    List<Map<String, Object>> process(List<Map<String, Object>> inputs) {
        Collection<Event> events = new ArrayList<>(inputs.size());
        for (Map<String, Object> input : inputs) {
            events.add(TestEventFactory.INSTANCE.newEvent(input));
        }
        for (Filter filter : filters) {
            events = filter.filter(events, matched -> { });
        }
        List<Map<String, Object>> documents = new ArrayList<>(events.size());
        for (Event event : events) {
            if (!event.isCancelled()) {
                documents.add(EventDocuments.toPlainMap(event));
            }
        }
        return documents;
    }
}
