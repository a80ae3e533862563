package io.github.ecsbridge.decoder;

import io.github.ecsbridge.ecs.EcsCompatibility;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * How a {@link MessageDecoder} reads lines and names fields. Immutable; build one with {@link #builder()}.
 *
 * <p>Defaults: zone UTC, locale English, the system clock in UTC, {@code ecs_compatibility => v8}, no
 * {@code event.original}.
 */
public final class DecoderOptions {

    private final ZoneId zone;
    private final Locale locale;
    private final Clock clock;
    private final EcsCompatibility ecsCompatibility;
    private final boolean preserveOriginal;

    private DecoderOptions(Builder builder) {
        this.zone = builder.zone;
        this.locale = builder.locale;
        this.clock = builder.clock;
        this.ecsCompatibility = builder.ecsCompatibility;
        this.preserveOriginal = builder.preserveOriginal;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The options with every default. */
    public static DecoderOptions defaults() {
        return builder().build();
    }

    /** A builder holding these options, to change a few. */
    public Builder toBuilder() {
        return builder().zone(zone).locale(locale).clock(clock).ecsCompatibility(ecsCompatibility)
                .preserveOriginal(preserveOriginal);
    }

    /** Zone of times that carry none (BSD syslog timestamps, zone-less CEF times without {@code dtz}). */
    public ZoneId zone() {
        return zone;
    }

    /** Language of month and weekday names, besides English. */
    public Locale locale() {
        return locale;
    }

    /** Source of the receipt time and of the year of year-less timestamps. */
    public Clock clock() {
        return clock;
    }

    /** Which field names events get. */
    public EcsCompatibility ecsCompatibility() {
        return ecsCompatibility;
    }

    /** Whether the raw frame is copied to {@code event.original}. */
    public boolean preserveOriginal() {
        return preserveOriginal;
    }

    @Override
    public String toString() {
        return "DecoderOptions{zone=" + zone.getId() + ", locale=" + locale.toLanguageTag() + ", clock=" + clock
                + ", ecs_compatibility=" + ecsCompatibility.optionValue() + ", preserve_original="
                + preserveOriginal + "}";
    }

    /** Collects options; each setter rejects {@code null} with a message naming the option. */
    public static final class Builder {
        private ZoneId zone = ZoneOffset.UTC;
        private Locale locale = Locale.ENGLISH;
        private Clock clock = Clock.systemUTC();
        private EcsCompatibility ecsCompatibility = EcsCompatibility.V8;
        private boolean preserveOriginal;

        private Builder() {
        }

        public Builder zone(ZoneId zone) {
            this.zone = required(zone, "zone");
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = required(locale, "locale");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = required(clock, "clock");
            return this;
        }

        public Builder ecsCompatibility(EcsCompatibility ecsCompatibility) {
            this.ecsCompatibility = required(ecsCompatibility, "ecs_compatibility");
            return this;
        }

        public Builder preserveOriginal(boolean preserveOriginal) {
            this.preserveOriginal = preserveOriginal;
            return this;
        }

        public DecoderOptions build() {
            return new DecoderOptions(this);
        }

        private static <T> T required(T value, String option) {
            if (value == null) {
                throw new IllegalArgumentException("[" + option + "] must not be null");
            }
            return value;
        }
    }
}
