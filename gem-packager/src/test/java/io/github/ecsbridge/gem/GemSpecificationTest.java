package io.github.ecsbridge.gem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class GemSpecificationTest {

    @Test
    void pathsFollowLogstashConventions() {
        GemSpecification spec = GemFixture.specification();
        assertEquals("logstash-filter-kaspersky-0.1.0-java.gem", spec.gemFileName());
        assertEquals("logstash-filter-kaspersky-0.1.0.jar", spec.jarFileName());
        assertEquals(GemFixture.JAR_PATH, spec.jarPath());
        assertEquals("lib/logstash/filters/kaspersky.rb", spec.shimPath());
        assertEquals("lib/logstash-filter-kaspersky_jars.rb", spec.jarLoaderPath());
        assertEquals("logstash-filter-kaspersky.gemspec", spec.gemspecPath());
        assertEquals("LogStash::Filters", spec.rubyNamespace());
        assertEquals("Kaspersky", spec.rubyClassName());
    }

    @Test
    void filesAreSortedAsRubyGemsSortsThem() {
        assertEquals(List.of("LICENSE", "README.md", "VERSION", "docs/index.asciidoc",
                "lib/logstash-filter-kaspersky_jars.rb", "lib/logstash/filters/kaspersky.rb",
                "logstash-filter-kaspersky.gemspec", GemFixture.JAR_PATH), GemFixture.specification().files());
    }

    @Test
    void metadataMarksAJavaPluginOfItsGroup() {
        assertEquals(Map.of("logstash_plugin", "true", "logstash_group", "filter", "java_plugin", "true"),
                GemFixture.specification().metadata());
        assertEquals(List.of("logstash_plugin", "logstash_group", "java_plugin"),
                List.copyOf(GemFixture.specification().metadata().keySet()));
    }

    @Test
    void inputWithUnderscoreFreeClassNameIsAccepted() {
        GemSpecification spec = new GemSpecification("logstash-input-cefsyslog", "1.2.3", "input", "cefsyslog",
                "io.github.ecsbridge.cefsyslog.CefSyslog", "io.github.ecsbridge", "s", "http://example.org");
        assertEquals("LogStash::Inputs", spec.rubyNamespace());
        assertEquals("lib/logstash/inputs/cefsyslog.rb", spec.shimPath());
    }

    @Test
    void summaryWhiteSpaceIsCollapsed() {
        GemSpecification spec = new GemSpecification("logstash-filter-cisco_esa", "0.1.0", "filter", "cisco_esa",
                "io.github.ecsbridge.ciscoesa.CiscoEsa", "io.github.ecsbridge",
                "\n    Parses  Cisco\tESA logs.\n  ", GemFixture.HOMEPAGE);
        assertEquals("Parses Cisco ESA logs.", spec.summary());
    }

    static Stream<Arguments> invalidComponents() {
        return Stream.of(
                Arguments.of("type", "codec", "[type] must be one of [input, filter], got 'codec'"),
                Arguments.of("plugin-name", "Kaspersky", "[plugin-name] must be lower-case letters, digits and '_',"
                        + " starting with a letter, got 'Kaspersky'"),
                Arguments.of("name", "logstash-filter-kav", "[name] must be 'logstash-filter-kaspersky' for a filter"
                        + " named 'kaspersky', got 'logstash-filter-kav'"),
                Arguments.of("version", "0.1.0-SNAPSHOT", "[version] must be plain X.Y.Z, got '0.1.0-SNAPSHOT'"),
                Arguments.of("version", "0.1", "[version] must be plain X.Y.Z, got '0.1'"),
                Arguments.of("version", "01.1.0", "[version] must be plain X.Y.Z, got '01.1.0'"),
                Arguments.of("plugin-class", "Kaspersky", "[plugin-class] must be a fully qualified Java class name,"
                        + " got 'Kaspersky'"),
                Arguments.of("plugin-class", "org.logstash.filters.Kaspersky", "[plugin-class] must not be in a"
                        + " package reserved for Logstash (org.logstash.), got 'org.logstash.filters.Kaspersky'"),
                Arguments.of("plugin-class", "co.elastic.logstash.Kaspersky", "[plugin-class] must not be in a"
                        + " package reserved for Logstash (co.elastic.logstash.), got 'co.elastic.logstash.Kaspersky'"),
                Arguments.of("plugin-class", "io.github.ecsbridge.kaspersky.kaspersky", "[plugin-class] simple name"
                        + " must start with an upper-case letter, because it also names the Ruby class, got 'kaspersky'"),
                Arguments.of("plugin-class", "io.github.ecsbridge.kaspersky.KasperskyFilter", "[plugin-class] simple"
                        + " name must equal the plugin name without '_', ignoring case; 'KasperskyFilter' does not"
                        + " match 'kaspersky'"),
                Arguments.of("group", "io.github.EcsBridge", "[group] must be a lower-case dotted package name, got"
                        + " 'io.github.EcsBridge'"),
                Arguments.of("summary", " \n ", "[summary] must not be blank"),
                Arguments.of("summary", "bell\u0007", "[summary] must not contain control characters"),
                Arguments.of("homepage", "github.com/ecsbridge", "[homepage] must be an http or https URL, got"
                        + " 'github.com/ecsbridge'"),
                Arguments.of("homepage", "https://example.org/a b", "[homepage] must be an http or https URL, got"
                        + " 'https://example.org/a b'"),
                Arguments.of("group", null, "[group] is required"));
    }

    @ParameterizedTest(name = "{index}: {0}={1}")
    @MethodSource("invalidComponents")
    void invalidComponentIsRejectedWithItsOptionName(String option, String value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with(option, value));
        assertEquals(message, e.getMessage());
    }

    private static GemSpecification with(String option, String value) {
        GemSpecification base = GemFixture.specification();
        return new GemSpecification(
                option.equals("name") ? value : base.name(),
                option.equals("version") ? value : base.version(),
                option.equals("type") ? value : base.type(),
                option.equals("plugin-name") ? value : base.pluginName(),
                option.equals("plugin-class") ? value : base.pluginClass(),
                option.equals("group") ? value : base.group(),
                option.equals("summary") ? value : base.summary(),
                option.equals("homepage") ? value : base.homepage());
    }
}
