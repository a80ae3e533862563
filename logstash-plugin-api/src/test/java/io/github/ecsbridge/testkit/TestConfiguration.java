package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Codec;
import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Password;
import co.elastic.logstash.api.PluginConfigSpec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link Configuration} with the rules of Logstash's {@code ConfigurationImpl}.
 *
 * <p>{@link #get(PluginConfigSpec)} returns a configured value whose type fits the setting. Otherwise it
 * converts only Long to Double, String to Boolean ({@link Boolean#parseBoolean}), String to URI, String to
 * {@link Password}, and String to Codec when a codec factory was given; anything else is an
 * {@link IllegalStateException} with Logstash's message. An absent option gives the setting's default; URI,
 * password and (with a codec factory) codec defaults are built from the raw default text.
 *
 * <p>Options are what a pipeline configuration produces: String, Long, Double, Boolean, List and Map (with
 * String keys) of those, and Codec instances. Anything else (for example an Integer) is rejected when the
 * configuration is built, because Logstash could never pass it.
 */
public final class TestConfiguration implements Configuration {

    private static final String INCOMPATIBLE =
            "Setting value for '%s' of type '%s' incompatible with defined type of '%s'";

    private final Map<String, Object> options;
    private final Function<String, Codec> codecFactory;

    /**
     * A configuration without codec factory: string codec values are rejected and codec-name defaults read
     * as {@code null}, as in Logstash without a plugin factory.
     *
     * @param options the plugin options, as a pipeline configuration gives them
     * @throws IllegalArgumentException if an option value is of a type Logstash cannot produce
     */
    public TestConfiguration(Map<String, ?> options) {
        this(options, null);
    }

    /**
     * A configuration that builds codecs from their names.
     *
     * @param options      the plugin options
     * @param codecFactory builds a codec from its plugin name, or {@code null}
     * @throws IllegalArgumentException if an option value is of a type Logstash cannot produce
     */
    public TestConfiguration(Map<String, ?> options, Function<String, Codec> codecFactory) {
        Map<String, Object> copy = new LinkedHashMap<>();
        options.forEach((name, value) -> copy.put(name, copyOption(name, value, true)));
        this.options = Collections.unmodifiableMap(copy);
        this.codecFactory = codecFactory;
    }

    /**
     * A configuration with no options.
     *
     * @return the empty configuration
     */
    public static TestConfiguration empty() {
        return new TestConfiguration(Map.of());
    }

    @Override
    public <T> T get(PluginConfigSpec<T> configSpec) {
        String name = configSpec.name();
        Class<T> type = configSpec.type();
        if (options.containsKey(name)) {
            return convert(name, options.get(name), type);
        }
        String rawDefault = configSpec.getRawDefaultValue();
        if (rawDefault != null) {
            if (type == URI.class) {
                return type.cast(uri(rawDefault, "Invalid default URI specified for '%s'", name));
            }
            if (type == Password.class) {
                return type.cast(new Password(rawDefault));
            }
            if (type == Codec.class && codecFactory != null) {
                return type.cast(codecFactory.apply(rawDefault));
            }
        }
        return configSpec.defaultValue();
    }

    @Override
    public Object getRawValue(PluginConfigSpec<?> configSpec) {
        return options.get(configSpec.name());
    }

    @Override
    public boolean contains(PluginConfigSpec<?> configSpec) {
        return options.containsKey(configSpec.name());
    }

    @Override
    public Collection<String> allKeys() {
        return options.keySet();
    }

    private <T> T convert(String name, Object value, Class<T> type) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        if (type == Double.class && value instanceof Long number) {
            return type.cast(number.doubleValue());
        }
        if (value instanceof String text) {
            if (type == Boolean.class) {
                return type.cast(Boolean.parseBoolean(text));
            }
            if (type == URI.class) {
                return type.cast(uri(text, "Invalid URI specified for '%s'", name));
            }
            if (type == Password.class) {
                return type.cast(new Password(text));
            }
            if (type == Codec.class && codecFactory != null) {
                return type.cast(codecFactory.apply(text));
            }
        }
        throw new IllegalStateException(String.format(INCOMPATIBLE, name, value.getClass(), type));
    }

    private static URI uri(String text, String message, String name) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(String.format(message, name), e);
        }
    }

    private static Object copyOption(String name, Object value, boolean topLevel) {
        if (value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean
                || (topLevel && value instanceof Codec)) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(copyOption(name, item, false));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(String.format(
                            "Option '%s' has a hash key of type %s; pipeline configurations produce String keys",
                            name, entry.getKey() == null ? "null" : entry.getKey().getClass().getName()));
                }
                copy.put(key, copyOption(name, entry.getValue(), false));
            }
            return copy;
        }
        throw new IllegalArgumentException(String.format("Option '%s' has a value of type %s; pipeline "
                        + "configurations produce only String, Long, Double, Boolean, List, Map and codecs",
                name, value == null ? "null" : value.getClass().getName()));
    }
}
