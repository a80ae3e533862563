package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.FilterMatchListener;
import io.github.ecsbridge.testkit.samples.Echo;
import io.github.ecsbridge.testkit.samples.Exploding;
import io.github.ecsbridge.testkit.samples.Secured;
import io.github.ecsbridge.testkit.samples.Ticker;
import io.github.ecsbridge.testkit.samples.TwoArguments;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginsTest {

    @Test
    void theIdOptionBecomesThePluginId() {
        assertEquals("my-echo", Plugins.instantiate(Echo.class, Map.of("id", "my-echo")).getId());
    }

    @Test
    void withoutIdOptionAStable64HexIdIsGenerated() {
        String id = Plugins.instantiate(Echo.class, Map.of("source", "a")).getId();
        assertTrue(id.matches("[0-9a-f]{64}"), id);
        assertEquals(id, Plugins.instantiate(Echo.class, Map.of("source", "a")).getId());
    }

    @Test
    void anInstantiatedFilterRunsWithTheGivenContext() {
        TestContext context = new TestContext();
        Echo echo = Plugins.instantiate(Echo.class, Map.of("id", "e", "source", "message", "target", "copy"), context);
        List<Event> matched = new ArrayList<>();
        FilterMatchListener listener = matched::add;
        Collection<Event> out = echo.filter(List.of(new TestEvent(Map.of("message", "hi"))), listener);
        assertEquals("hi", out.iterator().next().getField("copy"));
        assertEquals(1, matched.size());
        assertEquals(1L, context.metric().counterValue("plugins", "filters", "e", "echoed"));
    }

    @Test
    void anInstantiatedInputPushesItsEvents() throws InterruptedException {
        Ticker ticker = Plugins.instantiate(Ticker.class, Map.of("count", 2L));
        List<Map<String, Object>> pushed = new ArrayList<>();
        ticker.start(pushed::add);
        ticker.awaitStop();
        assertEquals(List.of(Map.of("tick", 1L), Map.of("tick", 2L)), pushed);
    }

    @Test
    void aConstructorExceptionIsWrappedWithItsMessageVisible() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Plugins.instantiate(Exploding.class, Map.of("port", 70000L)));
        assertEquals("java.lang.IllegalArgumentException: [port] must be between 1 and 65535, got 70000",
                e.getMessage());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    @Test
    void aWrongOptionTypeFailsInTheConstructorAsInLogstash() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Plugins.instantiate(Exploding.class, Map.of("port", "5514")));
        assertEquals("java.lang.IllegalStateException: Setting value for 'port' of type 'class java.lang.String' "
                + "incompatible with defined type of 'class java.lang.Long'", e.getMessage());
    }

    @Test
    void aMissingConstructorIsWrappedNoSuchMethodException() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Plugins.instantiate(TwoArguments.class, Map.of()));
        assertInstanceOf(NoSuchMethodException.class, e.getCause());
        assertEquals("java.lang.NoSuchMethodException: io.github.ecsbridge.testkit.samples.TwoArguments.<init>("
                + "java.lang.String,co.elastic.logstash.api.Configuration,co.elastic.logstash.api.Context)",
                e.getMessage());
    }

    @Test
    void optionsAreValidatedAfterConstruction() {
        ConfigErrorsException e = assertThrows(ConfigErrorsException.class,
                () -> Plugins.instantiate(Secured.class, Map.of("id", "s", "colour", "red")));
        assertEquals("Config errors found for plugin 'secured'", e.getMessage());
        assertEquals(List.of("Unknown setting 'colour' specified for plugin 'secured'",
                "Required setting 'key' not specified for plugin 'secured'"), e.getErrors());
    }
}
