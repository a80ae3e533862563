package io.github.ecsbridge.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ecsbridge.ecs.EcsCompatibility;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Defaults, copies and rejected values of {@link DecoderOptions}. */
class DecoderOptionsTest {

    @Test
    void defaultsAreUtcEnglishSystemClockV8AndNoOriginal() {
        DecoderOptions options = DecoderOptions.defaults();

        assertEquals(ZoneOffset.UTC, options.zone());
        assertEquals(Locale.ENGLISH, options.locale());
        assertEquals(Clock.systemUTC(), options.clock());
        assertEquals(EcsCompatibility.V8, options.ecsCompatibility());
        assertEquals(false, options.preserveOriginal());
    }

    @Test
    void toBuilderCopiesEveryOption() {
        DecoderOptions options = DecoderOptions.builder().zone(ZoneId.of("Europe/Berlin")).locale(Locale.GERMAN)
                .ecsCompatibility(EcsCompatibility.DISABLED).preserveOriginal(true).build();

        assertEquals(options.toString(), options.toBuilder().build().toString());
        assertEquals("DecoderOptions{zone=Europe/Berlin, locale=de, clock=SystemClock[Z], ecs_compatibility=disabled,"
                + " preserve_original=true}", options.toString());
    }

    @Test
    void nullValuesAreRejectedByName() {
        DecoderOptions.Builder builder = DecoderOptions.builder();

        assertEquals("[zone] must not be null",
                assertThrows(IllegalArgumentException.class, () -> builder.zone(null)).getMessage());
        assertEquals("[locale] must not be null",
                assertThrows(IllegalArgumentException.class, () -> builder.locale(null)).getMessage());
        assertEquals("[clock] must not be null",
                assertThrows(IllegalArgumentException.class, () -> builder.clock(null)).getMessage());
        assertEquals("[ecs_compatibility] must not be null",
                assertThrows(IllegalArgumentException.class, () -> builder.ecsCompatibility(null)).getMessage());
        assertEquals("[options] must not be null",
                assertThrows(IllegalArgumentException.class, () -> new MessageDecoder(null)).getMessage());
    }
}
