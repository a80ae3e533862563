package io.github.ecsbridge.testkit;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Context;
import co.elastic.logstash.api.Filter;
import co.elastic.logstash.api.Input;
import co.elastic.logstash.api.LogstashPlugin;
import co.elastic.logstash.api.Plugin;
import co.elastic.logstash.api.PluginConfigSpec;
import co.elastic.logstash.api.PluginHelper;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks by reflection what Logstash checks when it loads a Java input or filter, so a broken plugin fails a
 * unit test instead of a Logstash start. Each failure lists every violation found.
 */
public final class PluginContract {

    /** The id the contract check constructs plugins with when the options give none. */
    static final String CONTRACT_ID = "contract-check";

    private PluginContract() {
    }

    /**
     * Asserts that a class loads as the Logstash input {@code expectedName}, constructing it with no options.
     *
     * @param pluginClass  the plugin class
     * @param expectedName the plugin name used in pipelines
     * @throws AssertionError listing every violation
     */
    public static void assertValidInput(Class<?> pluginClass, String expectedName) {
        assertValidInput(pluginClass, expectedName, Map.of());
    }

    /**
     * Asserts that a class loads as the Logstash input {@code expectedName}.
     *
     * @param pluginClass  the plugin class
     * @param expectedName the plugin name used in pipelines
     * @param options      options to construct it with, for plugins with required settings
     * @throws AssertionError listing every violation
     */
    public static void assertValidInput(Class<?> pluginClass, String expectedName, Map<String, ?> options) {
        assertValid(pluginClass, Input.class, expectedName, options, PluginHelper.commonInputSettings());
    }

    /**
     * Asserts that a class loads as the Logstash filter {@code expectedName}, constructing it with no options.
     *
     * @param pluginClass  the plugin class
     * @param expectedName the plugin name used in pipelines
     * @throws AssertionError listing every violation
     */
    public static void assertValidFilter(Class<?> pluginClass, String expectedName) {
        assertValidFilter(pluginClass, expectedName, Map.of());
    }

    /**
     * Asserts that a class loads as the Logstash filter {@code expectedName}.
     *
     * @param pluginClass  the plugin class
     * @param expectedName the plugin name used in pipelines
     * @param options      options to construct it with, for plugins with required settings
     * @throws AssertionError listing every violation
     */
    public static void assertValidFilter(Class<?> pluginClass, String expectedName, Map<String, ?> options) {
        assertValid(pluginClass, Filter.class, expectedName, options, PluginHelper.commonFilterSettings());
    }

    private static void assertValid(Class<?> pluginClass, Class<? extends Plugin> pluginType, String expectedName,
                                    Map<String, ?> options, Collection<PluginConfigSpec<?>> commonSettings) {
        List<String> violations = violations(pluginClass, pluginType, expectedName, options, commonSettings);
        if (!violations.isEmpty()) {
            throw new AssertionError("Plugin class " + pluginClass.getName() + " is not a valid Logstash "
                    + pluginType.getSimpleName().toLowerCase(Locale.ROOT) + " named '" + expectedName + "':\n - "
                    + String.join("\n - ", violations));
        }
    }

    static List<String> violations(Class<?> pluginClass, Class<? extends Plugin> pluginType, String expectedName,
                                   Map<String, ?> options, Collection<PluginConfigSpec<?>> commonSettings) {
        String kind = pluginType.getSimpleName().toLowerCase(Locale.ROOT);
        List<String> violations = new ArrayList<>();
        int modifiers = pluginClass.getModifiers();
        if (!Modifier.isPublic(modifiers) || pluginClass.getEnclosingClass() != null || pluginClass.isInterface()
                || Modifier.isAbstract(modifiers)) {
            violations.add("must be a public, concrete, top-level class");
        }
        String packageName = pluginClass.getPackageName();
        if (packageName.startsWith("org.logstash") || packageName.startsWith("co.elastic.logstash")) {
            violations.add("package '" + packageName + "' is reserved for Logstash itself; Logstash never loads "
                    + "plugin classes from it");
        }
        if (!pluginType.isAssignableFrom(pluginClass)) {
            violations.add("does not implement " + pluginType.getName());
        }
        boolean constructible = hasPluginConstructor(pluginClass);
        if (!constructible) {
            violations.add("has no public constructor (String id, Configuration config, Context context)");
        }
        checkAnnotation(pluginClass, expectedName, violations);
        String simpleName = pluginClass.getSimpleName();
        if (!simpleName.toLowerCase(Locale.ROOT).equals(expectedName.replace("_", ""))) {
            violations.add("class name '" + simpleName + "' lower-cased must equal the plugin name without "
                    + "underscores ('" + expectedName.replace("_", "") + "'), or Logstash reports "
                    + "\"Couldn't find any " + kind + " plugin named '" + expectedName + "'\"");
        }
        // getMethods() has no defined order; sorting keeps failure messages stable.
        Method[] requiredMethods = pluginType.getMethods();
        Arrays.sort(requiredMethods, Comparator.comparing(PluginContract::signature));
        for (Method required : requiredMethods) {
            if (!hasMatchingPublicMethod(pluginClass, required)) {
                violations.add("lacks public " + signature(required) + " of " + pluginType.getSimpleName()
                        + ", so Logstash reports \"Java plugin '" + expectedName
                        + "' is incompatible with the current Logstash plugin API\"");
            }
        }
        if (violations.isEmpty() && constructible) {
            checkInstance(pluginClass.asSubclass(Plugin.class), expectedName, options, commonSettings, violations);
        }
        return violations;
    }

    private static void checkAnnotation(Class<?> pluginClass, String expectedName, List<String> violations) {
        LogstashPlugin annotation = pluginClass.getDeclaredAnnotation(LogstashPlugin.class);
        if (annotation == null) {
            violations.add("has no @LogstashPlugin annotation");
        } else if (!annotation.name().equals(expectedName)) {
            violations.add("@LogstashPlugin(name = \"" + annotation.name() + "\") must name the plugin '"
                    + expectedName + "'");
        }
    }

    private static void checkInstance(Class<? extends Plugin> pluginClass, String expectedName,
                                      Map<String, ?> options, Collection<PluginConfigSpec<?>> commonSettings,
                                      List<String> violations) {
        Object givenId = options.get("id");
        String id = givenId instanceof String text ? text : CONTRACT_ID;
        Plugin plugin;
        try {
            plugin = Plugins.instantiate(pluginClass, id, new TestConfiguration(options), new TestContext());
        } catch (RuntimeException e) {
            violations.add("could not be constructed with options " + options + ": " + describe(e));
            return;
        }
        if (!id.equals(plugin.getId())) {
            violations.add("getId() returned '" + plugin.getId() + "' instead of the id '" + id
                    + "' passed to the constructor");
        }
        if (!expectedName.equals(plugin.getName())) {
            violations.add("getName() returned '" + plugin.getName() + "' instead of '" + expectedName + "'");
        }
        Set<String> declared = plugin.configSchema().stream().map(PluginConfigSpec::name)
                .collect(Collectors.toSet());
        List<String> missing = commonSettings.stream().map(PluginConfigSpec::name)
                .filter(name -> !declared.contains(name)).toList();
        if (!missing.isEmpty()) {
            violations.add("configSchema() lacks the common settings " + missing + ", so Logstash rejects them "
                    + "as unknown; wrap the schema in PluginHelper.common*Settings(...)");
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof ConfigErrorsException errors) {
            return errors.getMessage() + " " + errors.getErrors();
        }
        return e.toString();
    }

    private static boolean hasPluginConstructor(Class<?> pluginClass) {
        try {
            pluginClass.getConstructor(String.class, Configuration.class, Context.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    // The rule of Logstash's PluginValidator: name, return type and parameter types must all be identical.
    private static boolean hasMatchingPublicMethod(Class<?> pluginClass, Method required) {
        for (Method candidate : pluginClass.getMethods()) {
            if (candidate.getName().equals(required.getName())
                    && candidate.getReturnType().equals(required.getReturnType())
                    && Arrays.equals(candidate.getParameterTypes(), required.getParameterTypes())) {
                return true;
            }
        }
        return false;
    }

    private static String signature(Method method) {
        String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        return method.getReturnType().getSimpleName() + " " + method.getName() + "(" + parameters + ")";
    }
}
