package io.github.ecsbridge.cef;

import io.github.ecsbridge.ecs.EcsTimestamps;
import io.github.ecsbridge.ecs.ZonedTimes;

import java.text.DateFormatSymbols;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Parses every time stamp form found in CEF values and prints instants the way documents carry them.
 *
 * <p>Accepted forms (one scanner, no regex, no {@code SimpleDateFormat}):
 * <ul>
 *   <li>milliseconds since the epoch, optionally with a fraction ({@code 1616623591694.176789});</li>
 *   <li>the CEF Appendix A layouts {@code MMM dd [yyyy] HH:mm:ss[.SSS] [zone]}, including the standard's
 *       {@code HH:mm:sss} typo (up to three second digits);</li>
 *   <li>ISO-8601 date-times with {@code T} or a space, optional fraction and an optional offset, {@code Z} or zone
 *       word ({@code 2025-06-29T23:35:00Z}, {@code 2014-07-10 10:39:01 CST});</li>
 *   <li>ctime with a weekday and a trailing year ({@code Tue Aug 13 15:15:48 2019}, Cisco ESA).</li>
 * </ul>
 * Month and weekday names are matched without regard to case, in the configured locale and in English (CEF is
 * almost always English); a trailing dot is ignored ({@code juil.}). Zones: {@code Z}, {@code UTC}, {@code GMT},
 * offsets ({@code +02:00}, {@code +0200}, {@code GMT-07:00}), region ids ({@code Europe/Berlin}), the JDK's short
 * ids ({@code PST}, {@code CST}) and common summer-time abbreviations ({@code CEST}, {@code PDT}). Values without
 * a zone use the zone given to {@link #parse(String, ZoneId)} (the configured default, or the event's {@code dtz}).
 *
 * <p>Year-less values take the year that puts them closest to the clock's current time without being more than
 * two days in the future, so that a December event read in January lands in the previous year and a slightly
 * fast device clock at New Year lands in the next one (the rule of the Logstash CEF codec, made symmetric).
 *
 * <p>Immutable and thread-safe.
 */
public final class CefTimestamps {

    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(2);

    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** Epoch milliseconds with more digits than this are beyond year 9999 anyway. */
    private static final int MAX_EPOCH_DIGITS = 15;

    /** Summer-time abbreviations that {@link ZoneId#SHORT_IDS} lacks; each names a fixed offset. */
    private static final Map<String, ZoneOffset> SUMMER_TIME_ABBREVIATIONS = Map.of(
            "EDT", ZoneOffset.ofHours(-4),
            "CDT", ZoneOffset.ofHours(-5),
            "MDT", ZoneOffset.ofHours(-6),
            "PDT", ZoneOffset.ofHours(-7),
            "BST", ZoneOffset.ofHours(1),
            "CEST", ZoneOffset.ofHours(2),
            "EEST", ZoneOffset.ofHours(3),
            "WEST", ZoneOffset.ofHours(1),
            "MSK", ZoneOffset.ofHours(3));

    private final ZoneId defaultZone;
    private final Clock clock;
    /** Month names in English and the configured locale, short and full, with their month numbers. */
    private final String[] monthNames;
    private final int[] monthNumbers;
    private final String[] weekdayNames;
    /** First letter of each name, folded as {@link #fold} does: a cheap test before the full comparison. */
    private final char[] monthFirstLetters;
    private final char[] weekdayFirstLetters;

    /**
     * @param defaultZone zone for values that carry none
     * @param locale      language of month and weekday names, besides English
     * @param clock       source of the current year for year-less values
     */
    public CefTimestamps(ZoneId defaultZone, Locale locale, Clock clock) {
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
        this.clock = Objects.requireNonNull(clock, "clock");
        DateFormatSymbols english = DateFormatSymbols.getInstance(Locale.ENGLISH);
        DateFormatSymbols local = DateFormatSymbols.getInstance(Objects.requireNonNull(locale, "locale"));
        List<String> months = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (String[] source : List.of(english.getShortMonths(), english.getMonths(), local.getShortMonths(),
                local.getMonths())) {
            // DateFormatSymbols has a 13th, empty month for lunar calendars.
            for (int i = 0; i < 12; i++) {
                months.add(stripDot(source[i]));
                numbers.add(i + 1);
            }
        }
        this.monthNames = months.toArray(new String[0]);
        this.monthNumbers = numbers.stream().mapToInt(Integer::intValue).toArray();
        List<String> weekdays = new ArrayList<>();
        for (String[] source : List.of(english.getShortWeekdays(), english.getWeekdays(), local.getShortWeekdays(),
                local.getWeekdays())) {
            for (String name : source) {
                if (!name.isEmpty()) {
                    weekdays.add(stripDot(name));
                }
            }
        }
        this.weekdayNames = weekdays.toArray(new String[0]);
        this.monthFirstLetters = firstLetters(monthNames);
        this.weekdayFirstLetters = firstLetters(weekdayNames);
    }

    /** The zone used for values without one. */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** Parses a time stamp, using the default zone when it carries none. */
    public Instant parse(String text) {
        return parse(text, defaultZone);
    }

    /**
     * Parses a time stamp.
     *
     * @param zone zone for values that carry none
     * @throws IllegalArgumentException naming the value and the position where it stopped making sense
     */
    public Instant parse(String text, ZoneId zone) {
        String value = text.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty time stamp");
        }
        Instant instant = new Scan(value, zone).parse();
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("time stamp outside years 0-9999: " + Numbers.quote(text));
        }
        return instant;
    }

    /** Prints an instant as ISO-8601 UTC with exactly three fraction digits: {@code 2026-06-01T00:00:00.000Z}. */
    public static String format(Instant instant) {
        return EcsTimestamps.format(instant);
    }

    /**
     * The abbreviations {@link #parseZone} accepts besides {@code Z}, {@code UTC}, {@code GMT}, {@code UT}, offsets and
     * region ids, each with the zone id or offset it stands for: for engines that must read zones alike (the ingest
     * pipelines).
     */
    public static Map<String, String> zoneAbbreviations() {
        Map<String, String> abbreviations = new TreeMap<>(ZoneId.SHORT_IDS);
        SUMMER_TIME_ABBREVIATIONS.forEach((name, offset) -> abbreviations.put(name, offset.getId()));
        return abbreviations;
    }

    /**
     * Parses a zone as CEF producers write it ({@code dtz}, the end of a time stamp).
     *
     * @throws IllegalArgumentException when the text names no known zone
     */
    public static ZoneId parseZone(String text) {
        String zone = text.trim();
        if (zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")
                || zone.equalsIgnoreCase("UT")) {
            return ZoneOffset.UTC;
        }
        ZoneOffset summer = SUMMER_TIME_ABBREVIATIONS.get(zone);
        if (summer != null) {
            return summer;
        }
        try {
            if (!zone.isEmpty() && (zone.charAt(0) == '+' || zone.charAt(0) == '-')) {
                return ZoneOffset.of(zone);
            }
            return ZoneId.of(zone, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone " + Numbers.quote(zone));
        }
    }

    private static char[] firstLetters(String[] names) {
        char[] letters = new char[names.length];
        for (int i = 0; i < names.length; i++) {
            letters[i] = names[i].isEmpty() ? 0 : fold(names[i].charAt(0));
        }
        return letters;
    }

    /**
     * One form per letter for every pair that {@code regionMatches(true, ...)} takes as equal (it compares the
     * letters, their upper cases, then the lower cases of those), so letters that match always fold alike.
     */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** One parse over one value: an int cursor and the pieces found so far. */
    private final class Scan {
        private final String text;
        private final ZoneId zone;
        private int pos;

        Scan(String text, ZoneId zone) {
            this.text = text;
            this.zone = zone;
        }

        Instant parse() {
            if (Numbers.isDigit(text.charAt(0))) {
                int digits = countDigits();
                if (digits == 4 && pos + 4 < text.length() && text.charAt(pos + 4) == '-') {
                    return iso();
                }
                if (digits == text.length() || (pos + digits < text.length() && text.charAt(pos + digits) == '.')) {
                    return epochMillis();
                }
            }
            return textual();
        }

        private Instant epochMillis() {
            int digits = countDigits();
            if (digits > MAX_EPOCH_DIGITS) {
                throw fail("epoch milliseconds out of range");
            }
            long millis = number(digits);
            long nanos = 0;
            if (pos < text.length()) {
                pos++;
                int fractionDigits = countDigits();
                if (fractionDigits == 0 || pos + fractionDigits != text.length()) {
                    throw fail("malformed epoch milliseconds");
                }
                // The fraction is of a millisecond; keep what fits in nanoseconds.
                nanos = fraction(fractionDigits, 6);
            }
            return Instant.ofEpochMilli(millis).plusNanos(nanos);
        }

        private Instant iso() {
            int year = (int) number(4);
            expect('-');
            int month = (int) number(exactly(2));
            expect('-');
            int day = (int) number(exactly(2));
            if (pos < text.length() && (text.charAt(pos) == 'T' || text.charAt(pos) == 't'
                    || text.charAt(pos) == ' ')) {
                pos++;
            } else {
                throw fail("expected 'T' or a space after the date");
            }
            int hour = (int) number(exactly(2));
            expect(':');
            int minute = (int) number(exactly(2));
            int second = 0;
            int nanos = 0;
            if (pos < text.length() && text.charAt(pos) == ':') {
                pos++;
                second = (int) number(exactly(2));
                nanos = optionalFraction();
            }
            ZoneId valueZone = zone;
            if (pos < text.length()) {
                valueZone = zoneAt();
            }
            return at(year, month, day, hour, minute, second, nanos, valueZone);
        }

        private Instant textual() {
            int wordStart = pos;
            int wordEnd = word();
            if (indexOf(weekdayNames, weekdayFirstLetters, wordStart, wordEnd) >= 0) {
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                }
                spaces();
                wordStart = pos;
                wordEnd = word();
            }
            int monthIndex = indexOf(monthNames, monthFirstLetters, wordStart, wordEnd);
            if (monthIndex < 0) {
                pos = wordStart;
                throw fail("expected a month name");
            }
            int month = monthNumbers[monthIndex];
            spaces();
            int day = (int) number(upTo(2));
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            }
            spaces();
            int year = -1;
            if (countDigits() == 4 && pos + 4 < text.length() && text.charAt(pos + 4) == ' ') {
                year = (int) number(4);
                spaces();
            }
            int hour = (int) number(upTo(2));
            expect(':');
            int minute = (int) number(exactly(2));
            expect(':');
            int second = (int) number(upTo(3));
            int nanos = optionalFraction();
            spaces();
            if (year < 0 && countDigits() == 4 && (pos + 4 == text.length() || text.charAt(pos + 4) == ' ')) {
                year = (int) number(4);
                spaces();
            }
            ZoneId valueZone = pos < text.length() ? zoneAt() : zone;
            if (year >= 0) {
                return at(year, month, day, hour, minute, second, nanos, valueZone);
            }
            return nearestYear(month, day, hour, minute, second, nanos, valueZone);
        }

        private Instant nearestYear(int month, int day, int hour, int minute, int second, int nanos, ZoneId valueZone) {
            Instant now = clock.instant();
            Instant latestAllowed = now.plus(FUTURE_TOLERANCE);
            int currentYear = ZonedTimes.year(now, valueZone);
            Instant best = null;
            long bestDistance = Long.MAX_VALUE;
            for (int year = currentYear + 1; year >= currentYear - 1; year--) {
                if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
                    continue;
                }
                Instant candidate = at(year, month, day, hour, minute, second, nanos, valueZone);
                if (candidate.isAfter(latestAllowed)) {
                    continue;
                }
                long distance = Math.abs(Duration.between(candidate, now).toMillis());
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            if (best == null) {
                throw new IllegalArgumentException("no such date around the current year: " + Numbers.quote(text));
            }
            return best;
        }

        private Instant at(int year, int month, int day, int hour, int minute, int second, int nanos,
                ZoneId valueZone) {
            try {
                return ZonedTimes.toInstant(LocalDateTime.of(year, month, day, hour, minute, second, nanos), valueZone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date or time: " + Numbers.quote(text));
            }
        }

        /** Reads the zone from the cursor to the end: an offset glued to the time, or a word after spaces. */
        private ZoneId zoneAt() {
            int start = pos;
            String rest = text.substring(pos).trim();
            try {
                return parseZone(rest);
            } catch (IllegalArgumentException e) {
                pos = start;
                throw fail("unknown time zone " + Numbers.quote(rest));
            }
        }

        private int optionalFraction() {
            if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == ',')) {
                pos++;
                int digits = countDigits();
                if (digits == 0 || digits > 9) {
                    throw fail("malformed fraction of a second");
                }
                return (int) fraction(digits, 9);
            }
            return 0;
        }

        /** Reads {@code digits} fraction digits as units of 10^-scale, dropping digits beyond the scale. */
        private long fraction(int digits, int scale) {
            long value = 0;
            for (int i = 0; i < scale; i++) {
                value = value * 10 + (i < digits ? text.charAt(pos + i) - '0' : 0);
            }
            pos += digits;
            return value;
        }

        private int word() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == ' ' || c == ',' || Numbers.isDigit(c)) {
                    break;
                }
                pos++;
            }
            return pos;
        }

        private int indexOf(String[] names, char[] firstLetters, int start, int end) {
            int length = end - start;
            if (length > 0 && text.charAt(end - 1) == '.') {
                length--;
            }
            if (length == 0) {
                return -1;
            }
            char first = fold(text.charAt(start));
            for (int i = 0; i < names.length; i++) {
                String name = names[i];
                if (name.length() == length && firstLetters[i] == first
                        && text.regionMatches(true, start, name, 0, length)) {
                    return i;
                }
            }
            return -1;
        }

        private void spaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private void expect(char c) {
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw fail("expected '" + c + "'");
            }
            pos++;
        }

        private int countDigits() {
            int i = pos;
            while (i < text.length() && Numbers.isDigit(text.charAt(i))) {
                i++;
            }
            return i - pos;
        }

        private int exactly(int digits) {
            if (countDigits() != digits) {
                throw fail("expected " + digits + " digits");
            }
            return digits;
        }

        private int upTo(int maxDigits) {
            int digits = countDigits();
            if (digits == 0 || digits > maxDigits) {
                throw fail("expected 1 to " + maxDigits + " digits");
            }
            return digits;
        }

        private long number(int digits) {
            long value = 0;
            for (int i = 0; i < digits; i++) {
                value = value * 10 + (text.charAt(pos + i) - '0');
            }
            pos += digits;
            return value;
        }

        private IllegalArgumentException fail(String reason) {
            return new IllegalArgumentException(
                    "unrecognised time stamp " + Numbers.quote(text) + ": " + reason + " at position " + pos);
        }
    }
}
