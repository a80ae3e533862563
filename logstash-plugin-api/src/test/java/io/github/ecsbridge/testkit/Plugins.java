package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Creates plugin instances the way Logstash's plugin factory does. */
public final class Plugins {

    private Plugins() {
    }

    /**
     * Instantiates a plugin with a fresh {@link TestContext}.
     *
     * @param pluginClass the plugin class
     * @param options     the options as a pipeline configuration gives them
     * @param <T>         the plugin type
     * @return the validated plugin
     * @see #instantiate(Class, String, Configuration, Context)
     */
    public static <T extends Plugin> T instantiate(Class<T> pluginClass, Map<String, ?> options) {
        return instantiate(pluginClass, options, new TestContext());
    }

    /**
     * Instantiates a plugin; its id is the {@code id} option if given, otherwise a generated 64-hex id derived
     * from the class and options, like the hash Logstash derives from the plugin definition.
     *
     * @param pluginClass the plugin class
     * @param options     the options as a pipeline configuration gives them
     * @param context     the runtime context
     * @param <T>         the plugin type
     * @return the validated plugin
     * @see #instantiate(Class, String, Configuration, Context)
     */
    public static <T extends Plugin> T instantiate(Class<T> pluginClass, Map<String, ?> options, Context context) {
        Object id = options.get("id");
        String pluginId = id instanceof String text ? text : generatedId(pluginClass, options);
        return instantiate(pluginClass, pluginId, new TestConfiguration(options), context);
    }

    /**
     * Instantiates a plugin as Logstash does: through its public {@code (String, Configuration, Context)}
     * constructor, then {@link ConfigValidator#validateConfig} against its {@code configSchema()}.
     *
     * @param pluginClass the plugin class
     * @param id          the plugin id
     * @param config      the configuration
     * @param context     the runtime context
     * @param <T>         the plugin type
     * @return the validated plugin
     * @throws IllegalStateException wrapping the constructor's exception (its message is the cause's
     *                               {@code toString()}), or the missing constructor
     * @throws ConfigErrorsException if options are unknown or required ones are missing
     */
    public static <T extends Plugin> T instantiate(Class<T> pluginClass, String id, Configuration config,
                                                   Context context) {
        T plugin;
        try {
            Constructor<T> constructor = pluginClass.getConstructor(String.class, Configuration.class, Context.class);
            plugin = constructor.newInstance(id, config, context);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        ConfigValidator.validateConfig(plugin, config);
        return plugin;
    }

    static String generatedId(Class<?> pluginClass, Map<String, ?> options) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((pluginClass.getName() + options).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
