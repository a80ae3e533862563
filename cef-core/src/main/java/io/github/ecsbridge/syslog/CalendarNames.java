package io.github.ecsbridge.syslog;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Month and weekday names a BSD timestamp may start with: full and abbreviated, format and stand-alone forms of the
 * configured locale, plus English, which most devices use whatever their locale.
 *
 * <p>Lookups compare a whole token case-insensitively against a short table, so they allocate nothing.
 */
final class CalendarNames {

    private static final TextStyle[] STYLES = {
        TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE
    };

    private final List<String> monthNames = new ArrayList<>();
    private final List<Integer> monthNumbers = new ArrayList<>();
    private final List<String> weekdayNames = new ArrayList<>();
    /** The tables above as arrays, for lookups; built once the constructor has filled the lists. */
    private final NameTable months;
    private final NameTable weekdays;
    private final int[] monthNumberArray;

    CalendarNames(Locale locale) {
        List<Locale> locales = locale.getLanguage().equals("en")
                ? List.of(Locale.ENGLISH)
                : List.of(locale, Locale.ENGLISH);
        for (Locale each : locales) {
            for (TextStyle style : STYLES) {
                for (Month month : Month.values()) {
                    addMonth(month.getDisplayName(style, each), month.getValue());
                }
                for (DayOfWeek day : DayOfWeek.values()) {
                    addWeekday(day.getDisplayName(style, each));
                }
            }
        }
        // Common in the wild, absent from the JDK tables.
        addMonth("Sept", 9);
        months = new NameTable(monthNames);
        weekdays = new NameTable(weekdayNames);
        monthNumberArray = monthNumbers.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addMonth(String name, int number) {
        String bare = withoutTrailingDot(name);
        if (!bare.isEmpty() && !containsIgnoreCase(monthNames, bare)) {
            monthNames.add(bare);
            monthNumbers.add(number);
        }
    }

    private void addWeekday(String name) {
        String bare = withoutTrailingDot(name);
        if (!bare.isEmpty() && !containsIgnoreCase(weekdayNames, bare)) {
            weekdayNames.add(bare);
        }
    }

    private static String withoutTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        for (String each : names) {
            if (each.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The month (1-12) named by {@code text[from, to)}, or 0. */
    int month(String text, int from, int to) {
        int index = months.indexOf(text, from, to);
        return index < 0 ? 0 : monthNumberArray[index];
    }

    /** Whether {@code text[from, to)} names a weekday. */
    boolean isWeekday(String text, int from, int to) {
        return weekdays.indexOf(text, from, to) >= 0;
    }
}
