package co.elastic.logstash.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The settings Logstash itself handles for every input, output and filter, to add to a plugin's schema. */
public final class PluginHelper {

    /** {@code add_field}: fields added to each event. */
    public static final PluginConfigSpec<Map<String, Object>> ADD_FIELD_CONFIG =
            PluginConfigSpec.hashSetting("add_field");

    /** {@code add_tag}: tags added to each matching event. */
    public static final PluginConfigSpec<List<Object>> ADD_TAG_CONFIG = PluginConfigSpec.arraySetting("add_tag");

    /** {@code codec}: the codec of an input or output. */
    public static final PluginConfigSpec<Codec> CODEC_CONFIG = PluginConfigSpec.codecSetting("codec");

    /** {@code enable_metric}: whether the plugin reports metrics. */
    public static final PluginConfigSpec<Boolean> ENABLE_METRIC_CONFIG =
            PluginConfigSpec.booleanSetting("enable_metric");

    /** {@code id}: the plugin instance id. */
    public static final PluginConfigSpec<String> ID_CONFIG = PluginConfigSpec.stringSetting("id");

    /** {@code periodic_flush}: accepted for filters, ignored for Java filters. */
    public static final PluginConfigSpec<Boolean> PERIODIC_FLUSH_CONFIG =
            PluginConfigSpec.booleanSetting("periodic_flush");

    /** {@code remove_field}: fields removed from each matching event. */
    public static final PluginConfigSpec<List<Object>> REMOVE_FIELD_CONFIG =
            PluginConfigSpec.arraySetting("remove_field");

    /** {@code remove_tag}: tags removed from each matching event. */
    public static final PluginConfigSpec<List<Object>> REMOVE_TAG_CONFIG = PluginConfigSpec.arraySetting("remove_tag");

    /** {@code tags}: tags added to each input event. */
    public static final PluginConfigSpec<List<Object>> TAGS_CONFIG = PluginConfigSpec.arraySetting("tags");

    /** {@code type}: the type field set on each input event. */
    public static final PluginConfigSpec<String> TYPE_CONFIG = PluginConfigSpec.stringSetting("type");

    /**
     * The common input settings.
     *
     * @return add_field, enable_metric, codec, id, tags and type
     */
    public static Collection<PluginConfigSpec<?>> commonInputSettings() {
        return fixedSize(commonInputSettings(Collections.emptyList()));
    }

    /**
     * The given settings followed by the common input settings not already among them.
     *
     * @param settings the plugin's own settings
     * @return a new list
     */
    public static Collection<PluginConfigSpec<?>> commonInputSettings(Collection<PluginConfigSpec<?>> settings) {
        return withCommon(settings, ADD_FIELD_CONFIG, ENABLE_METRIC_CONFIG, CODEC_CONFIG, ID_CONFIG, TAGS_CONFIG,
                TYPE_CONFIG);
    }

    /**
     * The common output settings.
     *
     * @return enable_metric, codec and id
     */
    public static Collection<PluginConfigSpec<?>> commonOutputSettings() {
        return fixedSize(commonOutputSettings(Collections.emptyList()));
    }

    /**
     * The given settings followed by the common output settings not already among them.
     *
     * @param settings the plugin's own settings
     * @return a new list
     */
    public static Collection<PluginConfigSpec<?>> commonOutputSettings(Collection<PluginConfigSpec<?>> settings) {
        return withCommon(settings, ENABLE_METRIC_CONFIG, CODEC_CONFIG, ID_CONFIG);
    }

    /**
     * The common filter settings.
     *
     * @return add_field, add_tag, enable_metric, id, periodic_flush, remove_field and remove_tag
     */
    public static Collection<PluginConfigSpec<?>> commonFilterSettings() {
        return fixedSize(commonFilterSettings(Collections.emptyList()));
    }

    /**
     * The given settings followed by the common filter settings not already among them.
     *
     * @param settings the plugin's own settings
     * @return a new list
     */
    public static Collection<PluginConfigSpec<?>> commonFilterSettings(Collection<PluginConfigSpec<?>> settings) {
        return withCommon(settings, ADD_FIELD_CONFIG, ADD_TAG_CONFIG, ENABLE_METRIC_CONFIG, ID_CONFIG,
                PERIODIC_FLUSH_CONFIG, REMOVE_FIELD_CONFIG, REMOVE_TAG_CONFIG);
    }

    // contains() falls back to identity because PluginConfigSpec has no equals(): a plugin's own spec
    // named like a common one is kept alongside it, exactly as in Logstash.
    private static Collection<PluginConfigSpec<?>> withCommon(Collection<PluginConfigSpec<?>> settings,
                                                              PluginConfigSpec<?>... common) {
        List<PluginConfigSpec<?>> merged = new ArrayList<>(settings);
        for (PluginConfigSpec<?> spec : common) {
            if (!merged.contains(spec)) {
                merged.add(spec);
            }
        }
        return merged;
    }

    // Logstash returns a fixed-size list here; a plugin that adds to it must fail in tests as it would in Logstash.
    private static Collection<PluginConfigSpec<?>> fixedSize(Collection<PluginConfigSpec<?>> settings) {
        return Arrays.asList(settings.toArray(new PluginConfigSpec<?>[0]));
    }
}
