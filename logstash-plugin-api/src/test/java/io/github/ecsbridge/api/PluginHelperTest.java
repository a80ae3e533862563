package io.github.ecsbridge.api;

import co.elastic.logstash.api.PluginConfigSpec;
import co.elastic.logstash.api.PluginHelper;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PluginHelperTest {

    @Test
    void commonInputSettingsAreTheSixInputOptionsInLogstashOrder() {
        assertEquals(List.of("add_field", "enable_metric", "codec", "id", "tags", "type"),
                names(PluginHelper.commonInputSettings()));
    }

    @Test
    void commonOutputSettingsAreMetricCodecAndId() {
        assertEquals(List.of("enable_metric", "codec", "id"), names(PluginHelper.commonOutputSettings()));
    }

    @Test
    void commonFilterSettingsAreTheSevenFilterOptionsInLogstashOrder() {
        assertEquals(List.of("add_field", "add_tag", "enable_metric", "id", "periodic_flush", "remove_field",
                "remove_tag"), names(PluginHelper.commonFilterSettings()));
    }

    @Test
    void commonSettingsWithoutArgumentsAreFixedSizeAsInLogstash() {
        assertThrows(UnsupportedOperationException.class,
                () -> PluginHelper.commonFilterSettings().add(PluginHelper.ID_CONFIG));
        assertThrows(UnsupportedOperationException.class,
                () -> PluginHelper.commonInputSettings().add(PluginHelper.ID_CONFIG));
        assertThrows(UnsupportedOperationException.class,
                () -> PluginHelper.commonOutputSettings().add(PluginHelper.ID_CONFIG));
    }

    @Test
    void constantsHaveTheTypesOfTheirOptions() {
        assertEquals(java.util.Map.class, PluginHelper.ADD_FIELD_CONFIG.type());
        assertEquals(List.class, PluginHelper.ADD_TAG_CONFIG.type());
        assertEquals(co.elastic.logstash.api.Codec.class, PluginHelper.CODEC_CONFIG.type());
        assertEquals(Boolean.class, PluginHelper.ENABLE_METRIC_CONFIG.type());
        assertEquals(String.class, PluginHelper.ID_CONFIG.type());
        assertEquals(Boolean.class, PluginHelper.PERIODIC_FLUSH_CONFIG.type());
        assertEquals(List.class, PluginHelper.REMOVE_FIELD_CONFIG.type());
        assertEquals(List.class, PluginHelper.REMOVE_TAG_CONFIG.type());
        assertEquals(List.class, PluginHelper.TAGS_CONFIG.type());
        assertEquals(String.class, PluginHelper.TYPE_CONFIG.type());
    }

    @Test
    void ownSettingsComeFirstAndCommonOnesAreAppended() {
        PluginConfigSpec<String> target = PluginConfigSpec.stringSetting("target");
        assertEquals(List.of("target", "enable_metric", "codec", "id"),
                names(PluginHelper.commonOutputSettings(List.of(target))));
    }

    @Test
    void theSameCommonInstanceIsNotAddedTwice() {
        assertEquals(List.of("id", "enable_metric", "codec"),
                names(PluginHelper.commonOutputSettings(List.of(PluginHelper.ID_CONFIG))));
    }

    @Test
    void anEqualNamedOwnSpecIsKeptBesideTheCommonOneBecauseContainsComparesIdentity() {
        PluginConfigSpec<String> ownId = PluginConfigSpec.stringSetting("id");
        assertEquals(List.of("id", "enable_metric", "codec", "id"),
                names(PluginHelper.commonOutputSettings(List.of(ownId))));
    }

    @Test
    void theCombiningOverloadReturnsANewMutableList() {
        Collection<PluginConfigSpec<?>> first = PluginHelper.commonFilterSettings(List.of());
        first.clear();
        assertEquals(7, PluginHelper.commonFilterSettings(List.of()).size());
    }

    private static List<String> names(Collection<PluginConfigSpec<?>> specs) {
        return specs.stream().map(PluginConfigSpec::name).toList();
    }
}
