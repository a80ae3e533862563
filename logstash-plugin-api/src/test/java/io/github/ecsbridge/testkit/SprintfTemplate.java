package io.github.ecsbridge.testkit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Expands Logstash {@code sprintf} templates against an event.
 *
 * <ul>
 *   <li>{@code %{field}} or {@code %{[a][b]}}: the field value; a list joins with commas, a map becomes JSON;
 *       a missing field leaves the reference text unchanged.</li>
 *   <li>{@code %{+%s}}: {@code @timestamp} in epoch seconds.</li>
 *   <li>{@code %{+pattern}}: {@code @timestamp} in UTC with a Joda-style pattern. Patterns run on
 *       {@code java.time}; the letters whose meaning differs are translated ({@code Y} year of era becomes
 *       {@code y}, {@code x} week-based year becomes {@code Y}), others are passed through.</li>
 *   <li>{@code %{{pattern}}}: {@code @timestamp} in UTC with a {@code java.time} pattern.</li>
 * </ul>
 * A date reference on an event without {@code @timestamp} expands to nothing, as in Logstash.
 */
final class SprintfTemplate {

    private SprintfTemplate() {
    }

    static String render(TestEvent event, String template) {
        int open = template.indexOf("%{");
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int position = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open + 2);
            if (close < 0) {
                break;
            }
            out.append(template, position, open);
            String inner = template.substring(open + 2, close);
            if (inner.startsWith("{") && close + 1 < template.length() && template.charAt(close + 1) == '}') {
                appendTime(out, event, DateTimeFormatter.ofPattern(inner.substring(1), Locale.ROOT));
                close++;
            } else if (inner.equals("+%s")) {
                Timestamp timestamp = event.timestamp();
                if (timestamp != null) {
                    out.append(timestamp.toInstant().getEpochSecond());
                }
            } else if (inner.startsWith("+")) {
                appendTime(out, event, DateTimeFormatter.ofPattern(fromJoda(inner.substring(1)), Locale.ROOT));
            } else {
                appendField(out, event, inner);
            }
            position = close + 1;
            open = template.indexOf("%{", position);
        }
        return out.append(template, position, template.length()).toString();
    }

    private static void appendTime(StringBuilder out, TestEvent event, DateTimeFormatter format) {
        Timestamp timestamp = event.timestamp();
        if (timestamp != null) {
            out.append(format.withZone(ZoneOffset.UTC).format(timestamp.toInstant()));
        }
    }

    private static void appendField(StringBuilder out, TestEvent event, String reference) {
        Object value = event.getField(reference);
        if (value == null) {
            out.append("%{").append(reference).append('}');
        } else if (value instanceof List<?> list) {
            StringJoiner joined = new StringJoiner(",");
            for (Object item : list) {
                joined.add(item instanceof Map ? JsonText.write(item) : String.valueOf(item));
            }
            out.append(joined);
        } else if (value instanceof Map) {
            out.append(JsonText.write(value));
        } else {
            out.append(value);
        }
    }

    private static String fromJoda(String pattern) {
        StringBuilder translated = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                translated.append(c);
            } else if (!quoted && c == 'Y') {
                translated.append('y');
            } else if (!quoted && c == 'x') {
                translated.append('Y');
            } else {
                translated.append(c);
            }
        }
        return translated.toString();
    }
}
