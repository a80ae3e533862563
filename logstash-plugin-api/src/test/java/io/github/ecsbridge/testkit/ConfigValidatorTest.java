package io.github.ecsbridge.testkit;

import io.github.ecsbridge.testkit.samples.Echo;
import io.github.ecsbridge.testkit.samples.Secured;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfigValidatorTest {

    private final TestContext context = new TestContext();

    @Test
    void declaredAndCommonOptionsPass() {
        TestConfiguration config = new TestConfiguration(Map.of("source", "a", "id", "x", "add_tag", List.of("t")));
        ConfigValidator.validateConfig(new Echo("x", config, context), config);
        assertEquals(List.of(), ConfigValidator.configErrors(new Echo("x", config, context), config));
    }

    @Test
    void unknownOptionIsRejected() {
        TestConfiguration config = new TestConfiguration(Map.of("sorce", "a"));
        ConfigErrorsException e = assertThrows(ConfigErrorsException.class,
                () -> ConfigValidator.validateConfig(new Echo("x", config, context), config));
        assertEquals("Config errors found for plugin 'echo'", e.getMessage());
        assertEquals(List.of("Unknown setting 'sorce' specified for plugin 'echo'"), e.getErrors());
    }

    @Test
    void missingRequiredOptionIsRejected() {
        TestConfiguration config = TestConfiguration.empty();
        ConfigErrorsException e = assertThrows(ConfigErrorsException.class,
                () -> ConfigValidator.validateConfig(new Secured("x", config, context), config));
        assertEquals("Config errors found for plugin 'secured'", e.getMessage());
        assertEquals(List.of("Required setting 'key' not specified for plugin 'secured'"), e.getErrors());
    }

    @Test
    void allErrorsAreCollectedUnknownOnesFirst() {
        TestConfiguration config = new TestConfiguration(Map.of("extra", 1L));
        ConfigErrorsException e = assertThrows(ConfigErrorsException.class,
                () -> ConfigValidator.validateConfig(new Secured("x", config, context), config));
        assertEquals(List.of("Unknown setting 'extra' specified for plugin 'secured'",
                "Required setting 'key' not specified for plugin 'secured'"), e.getErrors());
    }

    @Test
    void theFailureIsAnIllegalStateExceptionAsInLogstash() {
        TestConfiguration config = new TestConfiguration(Map.of("extra", 1L));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConfigValidator.validateConfig(new Echo("x", config, context), config));
        assertEquals("Config errors found for plugin 'echo'", e.getMessage());
    }
}
