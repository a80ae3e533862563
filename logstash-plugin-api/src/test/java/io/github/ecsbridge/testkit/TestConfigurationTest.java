package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Codec;
import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.Password;
import co.elastic.logstash.api.PluginConfigSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestConfigurationTest {

    private static final PluginConfigSpec<Long> PORT = PluginConfigSpec.numSetting("port", 5514);
    private static final PluginConfigSpec<Double> RATIO = PluginConfigSpec.floatSetting("ratio", 0.5);
    private static final PluginConfigSpec<Boolean> SSL = PluginConfigSpec.booleanSetting("ssl", false);
    private static final PluginConfigSpec<URI> URL = PluginConfigSpec.uriSetting("url", "http://localhost:9200");
    private static final PluginConfigSpec<Password> SECRET = PluginConfigSpec.passwordSetting("secret", "dflt",
            false, false);
    private static final PluginConfigSpec<Codec> CODEC = PluginConfigSpec.codecSetting("codec", "plain");
    private static final PluginConfigSpec<List<Object>> TAGS = PluginConfigSpec.arraySetting("tags");
    private static final PluginConfigSpec<Map<String, Object>> FIELDS = PluginConfigSpec.hashSetting("fields");

    @Test
    void valuesOfTheDeclaredTypeAreReturnedAsGiven() {
        TestConfiguration config = new TestConfiguration(Map.of("port", 6514L, "tags", List.of("a", "b"),
                "fields", Map.of("k", List.of(1L))));
        assertEquals(6514L, config.get(PORT));
        assertEquals(List.of("a", "b"), config.get(TAGS));
        assertEquals(Map.of("k", List.of(1L)), config.get(FIELDS));
    }

    @Test
    void longIsAcceptedForAFloatSetting() {
        assertEquals(2.0, new TestConfiguration(Map.of("ratio", 2L)).get(RATIO));
    }

    @Test
    void stringsBecomeBooleansThroughParseBoolean() {
        assertEquals(true, new TestConfiguration(Map.of("ssl", "true")).get(SSL));
        assertEquals(true, new TestConfiguration(Map.of("ssl", "TRUE")).get(SSL));
        assertEquals(false, new TestConfiguration(Map.of("ssl", "yes")).get(SSL));
    }

    @Test
    void stringsBecomeUrisAndPasswords() {
        TestConfiguration config = new TestConfiguration(Map.of("url", "https://es:9200", "secret", "s3cret"));
        assertEquals(URI.create("https://es:9200"), config.get(URL));
        assertEquals("s3cret", config.get(SECRET).getValue());
    }

    @Test
    void anInvalidUriIsReportedWithTheSettingName() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TestConfiguration(Map.of("url", "http://bad host")).get(URL));
        assertEquals("Invalid URI specified for 'url'", e.getMessage());
        IllegalStateException defaultError = assertThrows(IllegalStateException.class,
                () -> TestConfiguration.empty().get(PluginConfigSpec.uriSetting("url", "http://bad host")));
        assertEquals("Invalid default URI specified for 'url'", defaultError.getMessage());
    }

    @Test
    void aNumericStringIsNotConvertedToANumberAsInLogstash() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TestConfiguration(Map.of("port", "5514")).get(PORT));
        assertEquals("Setting value for 'port' of type 'class java.lang.String' incompatible with defined type "
                + "of 'class java.lang.Long'", e.getMessage());
    }

    @Test
    void aSingleValueIsNotWrappedIntoAList() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TestConfiguration(Map.of("tags", "x")).get(TAGS));
        assertEquals("Setting value for 'tags' of type 'class java.lang.String' incompatible with defined type "
                + "of 'interface java.util.List'", e.getMessage());
    }

    @Test
    void aDoubleIsNotNarrowedToLong() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TestConfiguration(Map.of("port", 1.0)).get(PORT));
        assertEquals("Setting value for 'port' of type 'class java.lang.Double' incompatible with defined type "
                + "of 'class java.lang.Long'", e.getMessage());
    }

    @Test
    void absentOptionsGiveDefaultsAndRawDefaultsAreBuilt() {
        TestConfiguration config = TestConfiguration.empty();
        assertEquals(5514L, config.get(PORT));
        assertEquals(0.5, config.get(RATIO));
        assertEquals(false, config.get(SSL));
        assertNull(config.get(TAGS));
        assertEquals(URI.create("http://localhost:9200"), config.get(URL));
        assertEquals("dflt", config.get(SECRET).getValue());
        assertNull(config.get(CODEC), "without a codec factory a codec name cannot be built");
    }

    @Test
    void aCodecFactoryBuildsNamedCodecsAndStringValues() {
        List<String> built = new ArrayList<>();
        TestConfiguration defaults = new TestConfiguration(Map.of(), name -> new NamedCodec(name, built));
        assertEquals("plain", ((NamedCodec) defaults.get(CODEC)).name);
        TestConfiguration configured = new TestConfiguration(Map.of("codec", "json"),
                name -> new NamedCodec(name, built));
        assertEquals("json", ((NamedCodec) configured.get(CODEC)).name);
        assertEquals(List.of("plain", "json"), built);
    }

    @Test
    void aBuiltCodecIsUsable() throws IOException {
        Codec codec = new TestConfiguration(Map.of("codec", "line"), name -> new NamedCodec(name, new ArrayList<>()))
                .get(CODEC);
        List<Map<String, Object>> decoded = new ArrayList<>();
        ByteBuffer input = ByteBuffer.wrap("one\ntwo".getBytes(StandardCharsets.UTF_8));
        codec.decode(input, decoded::add);
        codec.flush(input, decoded::add);
        assertEquals(List.of(Map.of("message", "one"), Map.of("message", "two")), decoded);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        codec.encode(new TestEvent(decoded.get(1)), out);
        assertEquals("two\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCodecStringWithoutFactoryIsIncompatible() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TestConfiguration(Map.of("codec", "json")).get(CODEC));
        assertEquals("Setting value for 'codec' of type 'class java.lang.String' incompatible with defined type "
                + "of 'interface co.elastic.logstash.api.Codec'", e.getMessage());
    }

    @Test
    void aCodecInstanceIsReturnedAsGiven() {
        NamedCodec codec = new NamedCodec("line", new ArrayList<>());
        assertSame(codec, new TestConfiguration(Map.of("codec", codec)).get(CODEC));
    }

    @Test
    void rawValuesContainsAndKeysReflectTheGivenOptionsOnly() {
        TestConfiguration config = new TestConfiguration(Map.of("port", "5514"));
        assertEquals("5514", config.getRawValue(PORT));
        assertNull(config.getRawValue(SSL));
        assertTrue(config.contains(PORT));
        assertFalse(config.contains(SSL));
        assertEquals(List.of("port"), List.copyOf(config.allKeys()));
    }

    @Test
    void optionsAreCopied() {
        List<Object> tags = new ArrayList<>(List.of("a"));
        TestConfiguration config = new TestConfiguration(Map.of("tags", tags));
        tags.add("b");
        assertEquals(List.of("a"), config.get(TAGS));
    }

    @Test
    void valuesAPipelineCannotProduceAreRejectedUpFront() {
        IllegalArgumentException integer = assertThrows(IllegalArgumentException.class,
                () -> new TestConfiguration(Map.of("port", 5514)));
        assertEquals("Option 'port' has a value of type java.lang.Integer; pipeline configurations produce only "
                + "String, Long, Double, Boolean, List, Map and codecs", integer.getMessage());
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> new TestConfiguration(Map.of("fields", Map.of("k", List.of(URI.create("x"))))));
        assertEquals("Option 'fields' has a value of type java.net.URI; pipeline configurations produce only "
                + "String, Long, Double, Boolean, List, Map and codecs", nested.getMessage());
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
                () -> new TestConfiguration(Map.of("fields", Map.of(1L, "v"))));
        assertEquals("Option 'fields' has a hash key of type java.lang.Long; pipeline configurations produce "
                + "String keys", key.getMessage());
    }

    /** A minimal newline-delimited codec, identified by the name it was built from. */
    private static final class NamedCodec implements Codec {
        private final String name;

        NamedCodec(String name, List<String> built) {
            this.name = name;
            built.add(name);
        }

        @Override
        public void decode(ByteBuffer buffer, Consumer<Map<String, Object>> eventConsumer) {
            int lineStart = buffer.position();
            for (int i = buffer.position(); i < buffer.limit(); i++) {
                if (buffer.get(i) == '\n') {
                    eventConsumer.accept(Map.of("message", text(buffer, lineStart, i)));
                    lineStart = i + 1;
                }
            }
            buffer.position(lineStart);
        }

        @Override
        public void flush(ByteBuffer buffer, Consumer<Map<String, Object>> eventConsumer) {
            decode(buffer, eventConsumer);
            if (buffer.hasRemaining()) {
                eventConsumer.accept(Map.of("message", text(buffer, buffer.position(), buffer.limit())));
                buffer.position(buffer.limit());
            }
        }

        @Override
        public void encode(Event event, OutputStream output) throws IOException {
            output.write((event.sprintf("%{message}") + "\n").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Codec cloneCodec() {
            return new NamedCodec(name, new ArrayList<>());
        }

        @Override
        public Collection<PluginConfigSpec<?>> configSchema() {
            return List.of();
        }

        @Override
        public String getId() {
            return name;
        }

        private static String text(ByteBuffer buffer, int from, int to) {
            byte[] bytes = new byte[to - from];
            buffer.get(from, bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
