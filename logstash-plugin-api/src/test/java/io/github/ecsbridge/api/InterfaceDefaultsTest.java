package io.github.ecsbridge.api;

import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.EventFactory;
import co.elastic.logstash.api.Filter;
import co.elastic.logstash.api.FilterMatchListener;
import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.Plugin;
import co.elastic.logstash.api.PluginConfigSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterfaceDefaultsTest {

    @LogstashPlugin(name = "named_one")
    static class Named extends Minimal {
    }

    @LogstashPlugin(name = "")
    static class EmptyName extends Minimal {
    }

    static class Minimal implements Filter {
        @Override
        public Collection<Event> filter(Collection<Event> events, FilterMatchListener matchListener) {
            return events;
        }

        @Override
        public Collection<PluginConfigSpec<?>> configSchema() {
            return List.of();
        }

        @Override
        public String getId() {
            return "id";
        }
    }

    /** Inherits Named's annotation, which getName must not see because it reads declared annotations only. */
    static class SubclassOfNamed extends Named {
    }

    @Test
    void getNameReadsTheLogstashPluginAnnotation() {
        assertEquals("named_one", new Named().getName());
    }

    @Test
    void getNameFallsBackToTheClassNameWithoutAnnotation() {
        Plugin plugin = new Minimal();
        assertEquals(Minimal.class.getName(), plugin.getName());
    }

    @Test
    void getNameFallsBackToTheClassNameForAnEmptyAnnotationName() {
        assertEquals(EmptyName.class.getName(), new EmptyName().getName());
    }

    @Test
    void getNameIgnoresAnnotationsOfSuperclasses() {
        assertEquals(SubclassOfNamed.class.getName(), new SubclassOfNamed().getName());
    }

    @Test
    void filterDefaultsNeitherFlushNorBufferAndCloseDoesNothing() {
        Filter filter = new Minimal();
        FilterMatchListener listener = event -> {
            throw new AssertionError("flush must not match events");
        };
        assertEquals(List.of(), filter.flush(listener));
        assertFalse(filter.requiresFlush());
        assertFalse(filter.requiresPeriodicFlush());
        filter.close();
    }

    @Test
    void newEventWithoutArgumentsPassesAnEmptyMap() {
        List<Map<?, ?>> received = new ArrayList<>();
        EventFactory factory = data -> {
            received.add(data);
            return null;
        };
        assertNull(factory.newEvent());
        assertEquals(1, received.size());
        assertTrue(received.get(0).isEmpty());
    }
}
