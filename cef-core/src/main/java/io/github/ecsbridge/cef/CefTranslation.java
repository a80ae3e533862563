package io.github.ecsbridge.cef;

import io.github.ecsbridge.ecs.EcsDocument;

import java.util.Locale;

/**
 * The few value rules, named in the {@code translate} column of the key table, that a typed CEF value needs on
 * its way to an ECS field (the counterpart of the Beats {@code Translate} functions).
 *
 * <p>A rule that finds no ECS-valid value writes nothing: the value stays in {@code cef.extensions} anyway.
 */
public enum CefTranslation {
    /** Copies the value. */
    NONE,
    /** Lower-cases a string, as ECS asks for {@code network.transport} and {@code network.protocol}. */
    LOWERCASE,
    /** Appends to a list, for ECS fields that are arrays ({@code observer.ip}, {@code observer.mac}). */
    LIST,
    /** CEF {@code deviceDirection} 0 / 1 to {@code inbound} / {@code outbound}; other numbers are an error. */
    DIRECTION,
    /** Writes {@code success}, {@code failure} or {@code unknown} (any case); other outcomes are not ECS values. */
    OUTCOME,
    /** Writes only values that are http(s) URLs, as Beats does for the referrer. */
    HTTP_URL,
    /** Picks {@code <field>.md5|sha1|sha256|sha512} by the length of a hex digest; other values are not written. */
    HASH_BY_LENGTH,
    /** Writes the value as text ({@code event.id} is a keyword in ECS). */
    TO_STRING;

    /** Looks up a rule by its key-table spelling; {@code -} is {@link #NONE}. */
    public static CefTranslation fromTableName(String name) {
        return "-".equals(name) ? NONE : valueOf(name);
    }

    /**
     * Writes a typed value to its ECS field.
     *
     * @throws IllegalArgumentException when the value cannot mean anything in ECS and that is an error of the
     *                                  producer, not just a value ECS has no name for
     */
    public void write(EcsDocument target, String ecsField, Object value) {
        switch (this) {
            case NONE:
                target.put(ecsField, value);
                break;
            case LOWERCASE:
                target.put(ecsField, value.toString().toLowerCase(Locale.ROOT));
                break;
            case LIST:
                target.append(ecsField, value);
                break;
            case DIRECTION:
                target.put(ecsField, direction(value));
                break;
            case OUTCOME: {
                String outcome = value.toString().toLowerCase(Locale.ROOT);
                if (outcome.equals("success") || outcome.equals("failure") || outcome.equals("unknown")) {
                    target.put(ecsField, outcome);
                }
                break;
            }
            case HTTP_URL: {
                String url = value.toString();
                if (url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8)) {
                    target.put(ecsField, url);
                }
                break;
            }
            case HASH_BY_LENGTH: {
                String algorithm = hashAlgorithm(value.toString());
                if (algorithm != null) {
                    target.put(ecsField + '.' + algorithm, value);
                }
                break;
            }
            case TO_STRING:
                target.put(ecsField, value.toString());
                break;
            default:
                throw new AssertionError(this);
        }
    }

    private static String direction(Object value) {
        if (value instanceof Long) {
            long code = (Long) value;
            if (code == 0) {
                return "inbound";
            }
            if (code == 1) {
                return "outbound";
            }
        }
        throw new IllegalArgumentException("direction must be 0 (inbound) or 1 (outbound), got " + value);
    }

    private static String hashAlgorithm(String digest) {
        for (int i = 0; i < digest.length(); i++) {
            if (Numbers.hexDigit(digest.charAt(i)) < 0) {
                return null;
            }
        }
        switch (digest.length()) {
            case 32:
                return "md5";
            case 40:
                return "sha1";
            case 64:
                return "sha256";
            case 128:
                return "sha512";
            default:
                return null;
        }
    }
}
