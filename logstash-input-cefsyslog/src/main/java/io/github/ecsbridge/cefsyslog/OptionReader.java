package io.github.ecsbridge.cefsyslog;

import co.elastic.logstash.api.Configuration;
import co.elastic.logstash.api.Password;
import co.elastic.logstash.api.PluginConfigSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads option values as a pipeline configuration delivers them to a Java plugin, with the coercion Logstash gives
 * Ruby plugins only: a quoted or {@code ${VAR}} number arrives as a String, a bareword {@code true} as "true", and a
 * single value where a list is expected arrives alone. Bad values are rejected with an
 * {@link IllegalArgumentException} in the "[option] reason" form.
 */
final class OptionReader {

    private final Configuration config;

    OptionReader(Configuration config) {
        this.config = config;
    }

    boolean isSet(PluginConfigSpec<?> spec) {
        return config.contains(spec);
    }

    String string(PluginConfigSpec<String> spec) {
        Object raw = config.getRawValue(spec);
        if (raw == null) {
            return spec.defaultValue();
        }
        if (raw instanceof String || raw instanceof Long || raw instanceof Double || raw instanceof Boolean) {
            return raw.toString();
        }
        throw invalid(spec, "must be a string", raw);
    }

    /** A whole number within {@code [min, max]}. */
    long number(PluginConfigSpec<Long> spec, long min, long max) {
        Object raw = config.getRawValue(spec);
        long value;
        if (raw == null) {
            value = spec.defaultValue();
        } else if (raw instanceof Long) {
            value = (Long) raw;
        } else if (raw instanceof Double && (Double) raw == Math.rint((Double) raw)) {
            value = ((Double) raw).longValue();
        } else if (raw instanceof String) {
            try {
                value = Long.parseLong(((String) raw).trim());
            } catch (NumberFormatException e) {
                throw invalid(spec, "must be a whole number", raw);
            }
        } else {
            throw invalid(spec, "must be a whole number", raw);
        }
        return inRange(spec, value, min, max);
    }

    /**
     * A byte count within {@code [min, max]}: a number, or a string with a unit as Logstash's {@code :bytes}
     * options take it ({@code 64KiB}, {@code 1mb}; kb/mb/gb are powers of 1000, kib/mib/gib powers of 1024).
     */
    long bytes(PluginConfigSpec<Long> spec, long min, long max) {
        Object raw = config.getRawValue(spec);
        if (!(raw instanceof String)) {
            return number(spec, min, max);
        }
        String text = ((String) raw).trim().toLowerCase(Locale.ROOT);
        int unitStart = 0;
        while (unitStart < text.length() && Character.isDigit(text.charAt(unitStart))) {
            unitStart++;
        }
        long multiplier = multiplier(text.substring(unitStart).trim());
        if (unitStart == 0 || unitStart > 12 || multiplier == 0) {
            throw invalid(spec, "must be a size such as 65536 or 64KiB", raw);
        }
        long value;
        try {
            value = Math.multiplyExact(Long.parseLong(text.substring(0, unitStart)), multiplier);
        } catch (ArithmeticException overflow) {
            value = Long.MAX_VALUE;
        }
        return inRange(spec, value, min, max);
    }

    boolean bool(PluginConfigSpec<Boolean> spec) {
        Object raw = config.getRawValue(spec);
        if (raw == null) {
            return spec.defaultValue();
        }
        if (raw instanceof Boolean) {
            return (Boolean) raw;
        }
        if (raw instanceof String) {
            String text = ((String) raw).trim();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
        }
        throw invalid(spec, "must be true or false", raw);
    }

    /** A list of strings; a single value counts as a list of one. */
    List<String> strings(PluginConfigSpec<List<Object>> spec) {
        Object raw = config.getRawValue(spec);
        List<?> items;
        if (raw == null) {
            items = spec.defaultValue() == null ? List.of() : spec.defaultValue();
        } else if (raw instanceof List) {
            items = (List<?>) raw;
        } else {
            items = List.of(raw);
        }
        List<String> values = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof String || item instanceof Long || item instanceof Double)) {
                throw invalid(spec, "must be a string or a list of strings", raw);
            }
            values.add(item.toString().trim());
        }
        return values;
    }

    /** The password, or {@code null} when unset. Its value never appears in a message. */
    Password password(PluginConfigSpec<Password> spec) {
        Object raw = config.getRawValue(spec);
        if (raw == null || raw instanceof Password) {
            return (Password) raw;
        }
        if (raw instanceof String) {
            return new Password((String) raw);
        }
        throw new IllegalArgumentException("[" + spec.name() + "] must be a string");
    }

    private static long inRange(PluginConfigSpec<?> spec, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "[" + spec.name() + "] must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private static long multiplier(String unit) {
        switch (unit) {
            case "":
            case "b":
                return 1;
            case "kb":
                return 1000;
            case "kib":
                return 1024;
            case "mb":
                return 1000 * 1000;
            case "mib":
                return 1024 * 1024;
            case "gb":
                return 1000L * 1000 * 1000;
            case "gib":
                return 1024L * 1024 * 1024;
            default:
                return 0;
        }
    }

    static IllegalArgumentException invalid(PluginConfigSpec<?> spec, String reason, Object raw) {
        return new IllegalArgumentException("[" + spec.name() + "] " + reason + ", got " + describe(raw));
    }

    /** Shows a configured value the way the user wrote it: strings quoted, lists bracketed. */
    static String describe(Object raw) {
        if (raw instanceof String) {
            return "'" + raw + "'";
        }
        if (raw instanceof List) {
            List<String> parts = new ArrayList<>();
            for (Object item : (List<?>) raw) {
                parts.add(describe(item));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(raw);
    }
}
