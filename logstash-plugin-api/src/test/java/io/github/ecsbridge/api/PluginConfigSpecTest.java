package io.github.ecsbridge.api;

import co.elastic.logstash.api.Codec;
import co.elastic.logstash.api.Password;
import co.elastic.logstash.api.PluginConfigSpec;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginConfigSpecTest {

    @Test
    void stringSettingsCarryNameTypeDefaultAndFlags() {
        assertSpec(PluginConfigSpec.stringSetting("a"), "a", String.class, null, false, false);
        assertSpec(PluginConfigSpec.stringSetting("b", "x"), "b", String.class, "x", false, false);
        assertSpec(PluginConfigSpec.stringSetting("c", "y", true, true), "c", String.class, "y", true, true);
        assertSpec(PluginConfigSpec.requiredStringSetting("d"), "d", String.class, null, false, true);
    }

    @Test
    void numericSettingsAreLongAndDouble() {
        assertSpec(PluginConfigSpec.numSetting("port"), "port", Long.class, null, false, false);
        assertSpec(PluginConfigSpec.numSetting("port", 5514), "port", Long.class, 5514L, false, false);
        assertSpec(PluginConfigSpec.numSetting("port", 1, true, false), "port", Long.class, 1L, true, false);
        assertSpec(PluginConfigSpec.floatSetting("ratio", 0.5), "ratio", Double.class, 0.5, false, false);
        assertSpec(PluginConfigSpec.floatSetting("ratio", 0.5, false, true), "ratio", Double.class, 0.5, false, true);
    }

    @Test
    void booleanSettingsAreBoolean() {
        assertSpec(PluginConfigSpec.booleanSetting("on"), "on", Boolean.class, null, false, false);
        assertSpec(PluginConfigSpec.booleanSetting("on", true), "on", Boolean.class, true, false, false);
        assertSpec(PluginConfigSpec.booleanSetting("on", false, true, true), "on", Boolean.class, false, true, true);
        assertSpec(PluginConfigSpec.requiredBooleanSetting("on"), "on", Boolean.class, null, false, true);
    }

    @Test
    void hashAndArraySettingsAreMapAndList() {
        Map<String, Object> hash = Map.of("k", "v");
        List<Object> array = List.of("a");
        assertSpec(PluginConfigSpec.hashSetting("h"), "h", Map.class, null, false, false);
        assertSpec(PluginConfigSpec.hashSetting("h", hash, true, false), "h", Map.class, hash, true, false);
        assertSpec(PluginConfigSpec.arraySetting("l"), "l", List.class, null, false, false);
        assertSpec(PluginConfigSpec.arraySetting("l", array, false, true), "l", List.class, array, false, true);
    }

    @Test
    void uriDefaultIsKeptAsRawText() {
        PluginConfigSpec<URI> spec = PluginConfigSpec.uriSetting("url", "http://localhost:9200", true, true);
        assertSpec(spec, "url", URI.class, null, true, true);
        assertEquals("http://localhost:9200", spec.getRawDefaultValue());
        assertEquals("http://h", PluginConfigSpec.uriSetting("url", "http://h").getRawDefaultValue());
        assertNull(PluginConfigSpec.uriSetting("url").getRawDefaultValue());
    }

    @Test
    void codecDefaultIsANameOrAnInstance() {
        PluginConfigSpec<Codec> named = PluginConfigSpec.codecSetting("codec", "plain");
        assertSpec(named, "codec", Codec.class, null, false, false);
        assertEquals("plain", named.getRawDefaultValue());
        assertSpec(PluginConfigSpec.codecSetting("codec", null, true, true), "codec", Codec.class, null, true, true);
        assertNull(PluginConfigSpec.codecSetting("codec").getRawDefaultValue());
    }

    @Test
    void fourArgumentPasswordSettingIgnoresDeprecatedAndRequiredAsLogstashDoes() {
        PluginConfigSpec<Password> spec = PluginConfigSpec.passwordSetting("secret", "changeme", true, true);
        assertSpec(spec, "secret", Password.class, null, false, false);
        assertEquals("changeme", spec.getRawDefaultValue());
        assertSpec(PluginConfigSpec.passwordSetting("secret"), "secret", Password.class, null, false, false);
    }

    @Test
    void specsHaveNoChildrenAndKeepIdentityEquality() {
        PluginConfigSpec<String> first = PluginConfigSpec.stringSetting("id");
        PluginConfigSpec<String> second = PluginConfigSpec.stringSetting("id");
        assertTrue(first.children().isEmpty());
        assertNotEquals(first, second);
    }

    private static void assertSpec(PluginConfigSpec<?> spec, String name, Class<?> type, Object defaultValue,
                                   boolean deprecated, boolean required) {
        assertEquals(name, spec.name());
        assertEquals(type, spec.type());
        assertEquals(defaultValue, spec.defaultValue());
        assertEquals(deprecated, spec.deprecated());
        assertEquals(required, spec.required());
        if (type != URI.class && type != Codec.class && type != Password.class) {
            assertNull(spec.getRawDefaultValue(), "only URI, codec and password keep raw defaults");
        }
    }
}
