package co.elastic.logstash.api;

import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Declares one plugin setting: name, type, default, and whether it is required or deprecated.
 *
 * <p>Instances come only from the static factories. The class deliberately keeps identity equality, as
 * Logstash's does, so {@link PluginHelper}'s common-settings merge compares instances, not names.
 *
 * @param <T> the type {@link Configuration#get(PluginConfigSpec)} returns for this setting
 */
public final class PluginConfigSpec<T> {

    private final String name;
    private final Class<T> type;
    private final boolean deprecated;
    private final boolean required;
    private final T defaultValue;
    private final String rawDefaultValue;

    private PluginConfigSpec(String name, Class<T> type, T defaultValue, boolean deprecated, boolean required) {
        this(name, type, defaultValue, deprecated, required, null);
    }

    private PluginConfigSpec(String name, Class<T> type, T defaultValue, boolean deprecated, boolean required,
                             String rawDefaultValue) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.deprecated = deprecated;
        this.required = required;
        this.rawDefaultValue = rawDefaultValue;
    }

    /**
     * An optional string setting without default.
     *
     * @param name the setting name
     * @return the spec
     */
    public static PluginConfigSpec<String> stringSetting(String name) {
        return new PluginConfigSpec<>(name, String.class, null, false, false);
    }

    /**
     * An optional string setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @return the spec
     */
    public static PluginConfigSpec<String> stringSetting(String name, String defaultValue) {
        return new PluginConfigSpec<>(name, String.class, defaultValue, false, false);
    }

    /**
     * A string setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @param deprecated   whether the setting is deprecated
     * @param required     whether the setting must be configured
     * @return the spec
     */
    public static PluginConfigSpec<String> stringSetting(String name, String defaultValue, boolean deprecated,
                                                         boolean required) {
        return new PluginConfigSpec<>(name, String.class, defaultValue, deprecated, required);
    }

    /**
     * A required string setting.
     *
     * @param name the setting name
     * @return the spec
     */
    public static PluginConfigSpec<String> requiredStringSetting(String name) {
        return new PluginConfigSpec<>(name, String.class, null, false, true);
    }

    /**
     * An optional integer setting without default.
     *
     * @param name the setting name
     * @return the spec
     */
    public static PluginConfigSpec<Long> numSetting(String name) {
        return new PluginConfigSpec<>(name, Long.class, null, false, false);
    }

    /**
     * An optional integer setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @return the spec
     */
    public static PluginConfigSpec<Long> numSetting(String name, long defaultValue) {
        return new PluginConfigSpec<>(name, Long.class, defaultValue, false, false);
    }

    /**
     * An integer setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @param deprecated   whether the setting is deprecated
     * @param required     whether the setting must be configured
     * @return the spec
     */
    public static PluginConfigSpec<Long> numSetting(String name, long defaultValue, boolean deprecated,
                                                    boolean required) {
        return new PluginConfigSpec<>(name, Long.class, defaultValue, deprecated, required);
    }

    /**
     * An optional floating-point setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @return the spec
     */
    public static PluginConfigSpec<Double> floatSetting(String name, double defaultValue) {
        return new PluginConfigSpec<>(name, Double.class, defaultValue, false, false);
    }

    /**
     * A floating-point setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @param deprecated   whether the setting is deprecated
     * @param required     whether the setting must be configured
     * @return the spec
     */
    public static PluginConfigSpec<Double> floatSetting(String name, double defaultValue, boolean deprecated,
                                                        boolean required) {
        return new PluginConfigSpec<>(name, Double.class, defaultValue, deprecated, required);
    }

    /**
     * An optional boolean setting without default.
     *
     * @param name the setting name
     * @return the spec
     */
    public static PluginConfigSpec<Boolean> booleanSetting(String name) {
        return new PluginConfigSpec<>(name, Boolean.class, null, false, false);
    }

    /**
     * An optional boolean setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @return the spec
     */
    public static PluginConfigSpec<Boolean> booleanSetting(String name, boolean defaultValue) {
        return new PluginConfigSpec<>(name, Boolean.class, defaultValue, false, false);
    }

    /**
     * A boolean setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @param deprecated   whether the setting is deprecated
     * @param required     whether the setting must be configured
     * @return the spec
     */
    public static PluginConfigSpec<Boolean> booleanSetting(String name, boolean defaultValue, boolean deprecated,
                                                           boolean required) {
        return new PluginConfigSpec<>(name, Boolean.class, defaultValue, deprecated, required);
    }

    /**
     * A required boolean setting.
     *
     * @param name the setting name
     * @return the spec
     */
    public static PluginConfigSpec<Boolean> requiredBooleanSetting(String name) {
        return new PluginConfigSpec<>(name, Boolean.class, null, false, true);
    }

    /**
     * An optional hash setting without default.
     *
     * @param name the setting name
     * @return the spec
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static PluginConfigSpec<Map<String, Object>> hashSetting(String name) {
        return new PluginConfigSpec(name, Map.class, null, false, false);
    }

    /**
     * A hash setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @param deprecated   whether the setting is deprecated
     * @param required     whether the setting must be configured
     * @return the spec
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static PluginConfigSpec<Map<String, Object>> hashSetting(String name, Map<String, Object> defaultValue,
                                                                    boolean deprecated, boolean required) {
        return new PluginConfigSpec(name, Map.class, defaultValue, deprecated, required);
    }

    /**
     * An optional array setting without default.
     *
     * @param name the setting name
     * @return the spec
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static PluginConfigSpec<List<Object>> arraySetting(String name) {
        return new PluginConfigSpec(name, List.class, null, false, false);
    }

    /**
     * An array setting.
     *
     * @param name         the setting name
     * @param defaultValue the default
     * @param deprecated   whether the setting is deprecated
     * @param required     whether the setting must be configured
     * @return the spec
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static PluginConfigSpec<List<Object>> arraySetting(String name, List<Object> defaultValue,
                                                             boolean deprecated, boolean required) {
        return new PluginConfigSpec(name, List.class, defaultValue, deprecated, required);
    }

    /**
     * An optional URI setting without default.
     *
     * @param name the setting name
     * @return the spec
     */
    public static PluginConfigSpec<URI> uriSetting(String name) {
        return new PluginConfigSpec<>(name, URI.class, null, false, false);
    }

    /**
     * An optional URI setting whose default is parsed when read.
     *
     * @param name       the setting name
     * @param defaultUri the default, as text
     * @return the spec
     */
    public static PluginConfigSpec<URI> uriSetting(String name, String defaultUri) {
        return new PluginConfigSpec<>(name, URI.class, null, false, false, defaultUri);
    }

    /**
     * A URI setting whose default is parsed when read.
     *
     * @param name       the setting name
     * @param defaultUri the default, as text
     * @param deprecated whether the setting is deprecated
     * @param required   whether the setting must be configured
     * @return the spec
     */
    public static PluginConfigSpec<URI> uriSetting(String name, String defaultUri, boolean deprecated,
                                                   boolean required) {
        return new PluginConfigSpec<>(name, URI.class, null, deprecated, required, defaultUri);
    }

    /**
     * An optional codec setting without default.
     *
     * @param name the setting name
     * @return the spec
     */
    public static PluginConfigSpec<Codec> codecSetting(String name) {
        return new PluginConfigSpec<>(name, Codec.class, null, false, false);
    }

    /**
     * An optional codec setting whose default codec is named and built by the runtime.
     *
     * @param name             the setting name
     * @param defaultCodecName the default codec's plugin name
     * @return the spec
     */
    public static PluginConfigSpec<Codec> codecSetting(String name, String defaultCodecName) {
        return new PluginConfigSpec<>(name, Codec.class, null, false, false, defaultCodecName);
    }

    /**
     * A codec setting.
     *
     * @param name         the setting name
     * @param defaultValue the default codec instance
     * @param deprecated   whether the setting is deprecated
     * @param required     whether the setting must be configured
     * @return the spec
     */
    public static PluginConfigSpec<Codec> codecSetting(String name, Codec defaultValue, boolean deprecated,
                                                       boolean required) {
        return new PluginConfigSpec<>(name, Codec.class, defaultValue, deprecated, required);
    }

    /**
     * An optional password setting without default.
     *
     * @param name the setting name
     * @return the spec
     */
    public static PluginConfigSpec<Password> passwordSetting(String name) {
        return new PluginConfigSpec<>(name, Password.class, null, false, false);
    }

    /**
     * A password setting whose default is wrapped when read.
     *
     * <p>Logstash's version ignores {@code deprecated} and {@code required} here and always passes
     * {@code false}; this copy keeps that behaviour, so a required password must be checked by hand.
     *
     * @param name         the setting name
     * @param defaultValue the default secret
     * @param deprecated   ignored
     * @param required     ignored
     * @return the spec
     */
    public static PluginConfigSpec<Password> passwordSetting(String name, String defaultValue, boolean deprecated,
                                                             boolean required) {
        return new PluginConfigSpec<>(name, Password.class, null, false, false, defaultValue);
    }

    /**
     * Nested settings; always empty in this API version.
     *
     * @return the child settings
     */
    public Collection<PluginConfigSpec<?>> children() {
        return Collections.emptyList();
    }

    /**
     * Whether the setting is deprecated; Logstash does not act on it for Java plugins.
     *
     * @return the deprecated flag
     */
    public boolean deprecated() {
        return deprecated;
    }

    /**
     * Whether the setting must be configured.
     *
     * @return the required flag
     */
    public boolean required() {
        return required;
    }

    /**
     * The typed default, or {@code null} for URI, codec-name and password defaults kept as text.
     *
     * @return the default
     */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * The setting name as written in pipeline configurations.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The declared value type.
     *
     * @return the type
     */
    public Class<T> type() {
        return type;
    }

    /**
     * The default kept as text (URI, codec name or password), parsed or resolved when read.
     *
     * @return the raw default, or {@code null}
     */
    public String getRawDefaultValue() {
        return rawDefaultValue;
    }
}
