package io.github.ecsbridge.testkit;

import io.github.ecsbridge.testkit.samples.BareSchema;
import io.github.ecsbridge.testkit.samples.Echo;
import io.github.ecsbridge.testkit.samples.FixedId;
import io.github.ecsbridge.testkit.samples.Misnamed;
import io.github.ecsbridge.testkit.samples.NotAFilter;
import io.github.ecsbridge.testkit.samples.SampleFilter;
import io.github.ecsbridge.testkit.samples.Secured;
import io.github.ecsbridge.testkit.samples.Ticker;
import io.github.ecsbridge.testkit.samples.TwoArguments;
import io.github.ecsbridge.testkit.samples.Unannotated;
import org.junit.jupiter.api.Test;
import org.logstash.filters.Intruder;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PluginContractTest {

    @Test
    void validFilterPasses() {
        PluginContract.assertValidFilter(Echo.class, "echo");
    }

    @Test
    void validInputPasses() {
        PluginContract.assertValidInput(Ticker.class, "ticker");
    }

    @Test
    void underscoresInTheNameAreIgnoredForTheClassName() {
        PluginContract.assertValidFilter(SampleFilter.class, "sample_filter");
    }

    @Test
    void requiredOptionsCanBeSupplied() {
        PluginContract.assertValidFilter(Secured.class, "secured", Map.of("key", "k"));
    }

    @Test
    void missingRequiredOptionsAreReported() {
        assertViolations(() -> PluginContract.assertValidFilter(Secured.class, "secured"), Secured.class, "filter",
                "secured", "could not be constructed with options {}: Config errors found for plugin 'secured' "
                        + "[Required setting 'key' not specified for plugin 'secured']");
    }

    @Test
    void aFilterIsNotAValidInput() {
        assertViolations(() -> PluginContract.assertValidInput(Echo.class, "echo"), Echo.class, "input", "echo",
                "does not implement co.elastic.logstash.api.Input",
                incompatible("echo", "void awaitStop() of Input"),
                incompatible("echo", "void start(Consumer) of Input"),
                incompatible("echo", "void stop() of Input"));
    }

    @Test
    void annotationNamingAnotherPluginIsReported() {
        assertViolations(() -> PluginContract.assertValidFilter(Misnamed.class, "misnamed"), Misnamed.class,
                "filter", "misnamed", "@LogstashPlugin(name = \"other\") must name the plugin 'misnamed'");
    }

    @Test
    void missingAnnotationIsReported() {
        assertViolations(() -> PluginContract.assertValidFilter(Unannotated.class, "unannotated"),
                Unannotated.class, "filter", "unannotated", "has no @LogstashPlugin annotation");
    }

    @Test
    void classNameNotMatchingThePluginNameIsReported() {
        assertViolations(() -> PluginContract.assertValidFilter(SampleFilter.class, "sample_filtr"),
                SampleFilter.class, "filter", "sample_filtr",
                "@LogstashPlugin(name = \"sample_filter\") must name the plugin 'sample_filtr'",
                "class name 'SampleFilter' lower-cased must equal the plugin name without underscores "
                        + "('samplefiltr'), or Logstash reports \"Couldn't find any filter plugin named "
                        + "'sample_filtr'\"");
    }

    @Test
    void reservedPackageIsReported() {
        assertViolations(() -> PluginContract.assertValidFilter(Intruder.class, "intruder"), Intruder.class,
                "filter", "intruder", "package 'org.logstash.filters' is reserved for Logstash itself; Logstash "
                        + "never loads plugin classes from it");
    }

    @Test
    void missingThreeArgumentConstructorIsReported() {
        assertViolations(() -> PluginContract.assertValidFilter(TwoArguments.class, "twoarguments"),
                TwoArguments.class, "filter", "twoarguments",
                "has no public constructor (String id, Configuration config, Context context)");
    }

    @Test
    void schemaWithoutCommonSettingsIsReported() {
        assertViolations(() -> PluginContract.assertValidFilter(BareSchema.class, "bareschema"), BareSchema.class,
                "filter", "bareschema", "configSchema() lacks the common settings [add_field, add_tag, "
                        + "enable_metric, id, periodic_flush, remove_field, remove_tag], so Logstash rejects them as "
                        + "unknown; wrap the schema in PluginHelper.common*Settings(...)");
    }

    @Test
    void idNotReturnedByGetIdIsReported() {
        assertViolations(() -> PluginContract.assertValidFilter(FixedId.class, "fixedid"), FixedId.class,
                "filter", "fixedid", "getId() returned 'fixed' instead of the id 'contract-check' passed to the "
                        + "constructor");
    }

    @Test
    void methodsDifferingFromTheFilterInterfaceAreReported() {
        assertViolations(() -> PluginContract.assertValidFilter(NotAFilter.class, "notafilter"), NotAFilter.class,
                "filter", "notafilter",
                "does not implement co.elastic.logstash.api.Filter",
                incompatible("notafilter", "Collection filter(Collection, FilterMatchListener) of Filter"),
                incompatible("notafilter", "Collection flush(FilterMatchListener) of Filter"),
                incompatible("notafilter", "String getName() of Filter"),
                incompatible("notafilter", "boolean requiresFlush() of Filter"),
                incompatible("notafilter", "boolean requiresPeriodicFlush() of Filter"),
                incompatible("notafilter", "void close() of Filter"));
    }

    private static String incompatible(String name, String method) {
        return "lacks public " + method + ", so Logstash reports \"Java plugin '" + name
                + "' is incompatible with the current Logstash plugin API\"";
    }

    private static void assertViolations(Runnable check, Class<?> pluginClass, String kind, String name,
                                         String... violations) {
        AssertionError e = assertThrows(AssertionError.class, check::run);
        assertEquals("Plugin class " + pluginClass.getName() + " is not a valid Logstash " + kind + " named '"
                + name + "':\n - " + String.join("\n - ", violations), e.getMessage());
    }
}
