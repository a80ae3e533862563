package io.github.ecsbridge.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Objects;

/**
 * The immutable value an event holds in {@code @timestamp}, the counterpart of {@code org.logstash.Timestamp}.
 *
 * <p>It keeps the full precision of its {@link Instant} and prints as ISO-8601 UTC with at least three fraction
 * digits, for example {@code 2026-06-01T00:00:00.000Z}.
 */
public final class Timestamp implements Comparable<Timestamp> {

    private static final DateTimeFormatter MILLIS = new DateTimeFormatterBuilder().appendInstant(3)
            .toFormatter(Locale.ROOT);

    // Accepts what Logstash's lenient parser is used for in practice: a date, optionally a time with 'T' or a
    // space, optionally seconds and fraction, optionally an offset written as Z, +HH:MM, +HHMM or +HH.
    private static final DateTimeFormatter LENIENT_ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private final Instant instant;

    /**
     * A timestamp at the given instant.
     *
     * @param instant the instant, kept with full precision
     */
    public Timestamp(Instant instant) {
        this.instant = Objects.requireNonNull(instant, "instant");
    }

    /**
     * The current time.
     *
     * @return a timestamp of now
     */
    public static Timestamp now() {
        return new Timestamp(Instant.now());
    }

    /**
     * Parses ISO-8601 text; text without an offset is read in the JVM's default zone, as Logstash does.
     *
     * @param text for example {@code 2026-06-01T02:00:00+02:00}
     * @return the timestamp
     * @throws IllegalArgumentException if the text is not ISO-8601
     */
    public static Timestamp parse(String text) {
        return parse(text, ZoneId.systemDefault());
    }

    /**
     * Parses ISO-8601 text, reading text without an offset in the given zone.
     *
     * @param text        the text
     * @param defaultZone the zone of text without an offset
     * @return the timestamp
     * @throws IllegalArgumentException if the text is not ISO-8601
     */
    public static Timestamp parse(String text, ZoneId defaultZone) {
        String normalized = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        TemporalAccessor parsed;
        try {
            parsed = LENIENT_ISO.parse(normalized);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid ISO-8601 timestamp: '" + text + "'", e);
        }
        LocalDate date = LocalDate.from(parsed);
        LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
        ZoneOffset offset = parsed.query(TemporalQueries.offset());
        ZoneId zone = offset != null ? offset : defaultZone;
        return new Timestamp(date.atTime(time).atZone(zone).toInstant());
    }

    /**
     * The instant, with full precision.
     *
     * @return the instant
     */
    public Instant toInstant() {
        return instant;
    }

    /**
     * Milliseconds since the epoch, truncating finer precision.
     *
     * @return the epoch milliseconds
     */
    public long toEpochMilli() {
        return instant.toEpochMilli();
    }

    @Override
    public int compareTo(Timestamp other) {
        return instant.compareTo(other.instant);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timestamp timestamp && instant.equals(timestamp.instant);
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    /** ISO-8601 UTC with three fraction digits, or more when the instant has finer precision. */
    @Override
    public String toString() {
        return instant.getNano() % 1_000_000 == 0
                ? MILLIS.format(instant) : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
