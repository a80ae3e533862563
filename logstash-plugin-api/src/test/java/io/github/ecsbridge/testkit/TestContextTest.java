package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.CounterMetric;
import co.elastic.logstash.api.NamespacedMetric;
import io.github.ecsbridge.testkit.samples.Echo;
import io.github.ecsbridge.testkit.samples.Ticker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestContextTest {

    private final TestContext context = new TestContext();
    private final Echo filter = new Echo("echo-1", TestConfiguration.empty(), context);

    @Test
    void loggerIsTheLog4jLoggerOfThePluginClass() {
        assertEquals(Echo.class.getName(), context.getLogger(filter).getName());
    }

    @Test
    void eventFactoryCreatesTestEvents() {
        assertSame(TestEventFactory.INSTANCE, context.getEventFactory());
        assertInstanceOf(TestEvent.class, context.getEventFactory().newEvent());
    }

    @Test
    void pluginMetricsLiveUnderPluginsKindAndId() {
        Ticker input = new Ticker("tick-1", TestConfiguration.empty(), context);
        assertArrayEquals(new String[] {"plugins", "filters", "echo-1"}, context.getMetric(filter).namespaceName());
        assertArrayEquals(new String[] {"plugins", "inputs", "tick-1"}, context.getMetric(input).namespaceName());
    }

    @Test
    void countersAreSharedByPathAndReadableFromTheRoot() {
        NamespacedMetric metric = context.getMetric(filter);
        metric.increment("events");
        metric.increment("events", 4);
        metric.counter("events").increment(5L);
        CounterMetric counter = metric.namespace("sub").counter("hits");
        counter.increment();
        assertEquals(10L, context.metric().counterValue("plugins", "filters", "echo-1", "events"));
        assertEquals(1L, counter.getValue());
        assertEquals(Map.of(List.of("plugins", "filters", "echo-1", "events"), 10L,
                List.of("plugins", "filters", "echo-1", "sub", "hits"), 1L), context.metric().counters());
        counter.reset();
        assertEquals(0L, context.metric().counterValue("plugins", "filters", "echo-1", "sub", "hits"));
        assertNull(context.metric().counterValue("plugins", "filters", "echo-1", "never"));
    }

    @Test
    void negativeIncrementsAreRefusedAsInLogstash() {
        CounterMetric counter = context.getMetric(filter).counter("events");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> counter.increment(-1L));
        assertEquals("Counters can not be incremented by negative values", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> context.getMetric(filter).increment("events", -2));
    }

    @Test
    void gaugesKeepTheLastValueIncludingNull() {
        NamespacedMetric metric = context.getMetric(filter);
        metric.gauge("mode", "fast");
        metric.gauge("mode", "slow");
        metric.gauge("nothing", null);
        assertEquals("slow", context.metric().gaugeValue("plugins", "filters", "echo-1", "mode"));
        assertTrue(context.metric().hasGauge("plugins", "filters", "echo-1", "nothing"));
        assertFalse(context.metric().hasGauge("plugins", "filters", "echo-1", "absent"));
        assertEquals(2, context.metric().gauges().size());
    }

    @Test
    void timeRunsTheSupplierAndReportTimeAddsUp() {
        NamespacedMetric metric = context.getMetric(filter);
        assertEquals("result", metric.time("parse", () -> "result"));
        metric.reportTime("io", 40);
        metric.reportTime("io", 2);
        assertEquals(42L, context.metric().timerMillis("plugins", "filters", "echo-1", "io"));
        assertNotNull(context.metric().timerMillis("plugins", "filters", "echo-1", "parse"));
        assertSame(context.metric(), metric.root());
    }

    @Test
    void countersAreSafeUnderConcurrentIncrements() throws InterruptedException {
        NamespacedMetric metric = context.getMetric(filter);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < 1000; i++) {
                    metric.increment("events");
                }
            });
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        assertEquals(4000L, context.metric().counterValue("plugins", "filters", "echo-1", "events"));
    }

    @Test
    void deprecationsAreFormattedAndRecorded() {
        context.getDeprecationLogger(filter).deprecated("The '{}' option is deprecated, use '{}'", "old", "new");
        assertEquals(List.of("The 'old' option is deprecated, use 'new'"), context.deprecationLogger().messages());
    }

    @Test
    void anOpenDeadLetterQueueRecordsCopiesOfEvents() throws IOException {
        TestEvent event = new TestEvent(Map.of("message", "bad"));
        context.getDlqWriter().writeEntry(event, filter, "could not parse");
        event.setField("message", "changed");
        assertTrue(context.getDlqWriter().isOpen());
        assertEquals(1L, context.getDlqWriter().getCurrentQueueSize());
        DeadLetterEntry entry = context.dlqWriter().entries().get(0);
        assertEquals("bad", entry.event().getField("message"));
        assertEquals(Arrays.asList("echo", "echo-1", "could not parse"),
                Arrays.asList(entry.pluginName(), entry.pluginId(), entry.reason()));
    }

    @Test
    void aClosedDeadLetterQueueIgnoresWritesLikeLogstashWhenDisabled() throws IOException {
        TestContext disabled = new TestContext(RecordingDeadLetterQueueWriter.closed());
        disabled.getDlqWriter().writeEntry(new TestEvent(), filter, "reason");
        assertFalse(disabled.getDlqWriter().isOpen());
        assertEquals(0L, disabled.getDlqWriter().getCurrentQueueSize());
        assertEquals(List.of(), disabled.dlqWriter().entries());
    }
}
