package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Codec;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.DeadLetterQueueWriter;
import co.elastic.logstash.api.DeprecationLogger;
import co.elastic.logstash.api.EventFactory;
import co.elastic.logstash.api.Filter;
import co.elastic.logstash.api.Input;
import co.elastic.logstash.api.NamespacedMetric;
import co.elastic.logstash.api.Output;
import co.elastic.logstash.api.Plugin;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The {@link Context} of the test runtime: real log4j loggers, and recording doubles for metrics,
 * deprecations and the dead letter queue that tests can inspect.
 */
public final class TestContext implements Context {

    private final RecordingDeadLetterQueueWriter dlqWriter;
    private final RecordingMetric metric = new RecordingMetric();
    private final RecordingDeprecationLogger deprecationLogger = new RecordingDeprecationLogger();

    /** A context whose dead letter queue is open and records entries. */
    public TestContext() {
        this(RecordingDeadLetterQueueWriter.open());
    }

    /**
     * A context with the given dead letter queue, for example {@link RecordingDeadLetterQueueWriter#closed()}.
     *
     * @param dlqWriter the dead letter queue
     */
    public TestContext(RecordingDeadLetterQueueWriter dlqWriter) {
        this.dlqWriter = dlqWriter;
    }

    @Override
    public DeadLetterQueueWriter getDlqWriter() {
        return dlqWriter;
    }

    /** The namespace {@code plugins / <inputs|filters|outputs|codecs> / <plugin id>} of {@link #metric()}. */
    @Override
    public NamespacedMetric getMetric(Plugin plugin) {
        return metric.namespace("plugins", kind(plugin), plugin.getId());
    }

    /** {@code LogManager.getLogger(plugin.getClass())}, as Logstash does. */
    @Override
    public Logger getLogger(Plugin plugin) {
        return LogManager.getLogger(plugin.getClass());
    }

    @Override
    public DeprecationLogger getDeprecationLogger(Plugin plugin) {
        return deprecationLogger;
    }

    @Override
    public EventFactory getEventFactory() {
        return TestEventFactory.INSTANCE;
    }

    /**
     * The dead letter queue given to plugins.
     *
     * @return the writer
     */
    public RecordingDeadLetterQueueWriter dlqWriter() {
        return dlqWriter;
    }

    /**
     * The metric tree given to plugins.
     *
     * @return the root metric
     */
    public RecordingMetric metric() {
        return metric;
    }

    /**
     * The deprecation logger given to plugins.
     *
     * @return the logger
     */
    public RecordingDeprecationLogger deprecationLogger() {
        return deprecationLogger;
    }

    private static String kind(Plugin plugin) {
        if (plugin instanceof Input) {
            return "inputs";
        }
        if (plugin instanceof Filter) {
            return "filters";
        }
        if (plugin instanceof Output) {
            return "outputs";
        }
        return plugin instanceof Codec ? "codecs" : "plugins";
    }
}
