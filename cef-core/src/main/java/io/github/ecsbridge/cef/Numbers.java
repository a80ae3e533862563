package io.github.ecsbridge.cef;

/** Strict decimal number parsing for CEF values: no hex, no type suffixes, no NaN or infinities. */
final class Numbers {

    /** Longest excerpt of a bad value repeated in a warning. */
    private static final int QUOTE_LIMIT = 64;

    private Numbers() {
    }

    /** Parses an optionally signed decimal integer that fits a {@code long}. */
    static long parseLong(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        if (i == length) {
            throw new IllegalArgumentException("not an integer: " + quote(text));
        }
        // Accumulate negatively so that Long.MIN_VALUE is reachable without overflow.
        long result = 0;
        for (; i < length; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not an integer: " + quote(text));
            }
            if (result < (Long.MIN_VALUE + digit) / 10) {
                throw new IllegalArgumentException("integer out of range: " + quote(text));
            }
            result = result * 10 - digit;
        }
        if (!negative && result == Long.MIN_VALUE) {
            throw new IllegalArgumentException("integer out of range: " + quote(text));
        }
        return negative ? result : -result;
    }

    /** Parses {@code [+-]digits[.digits][(e|E)[+-]digits]} (digits may be missing on one side of the point). */
    static double parseDouble(String text) {
        int length = text.length();
        int i = 0;
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits > 0 && i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                digits = 0;
            }
        }
        if (digits == 0 || i != length) {
            throw new IllegalArgumentException("not a number: " + quote(text));
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("number out of range: " + quote(text));
        }
        return value;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of an ASCII hex digit, or -1 ({@code Character.digit} would also accept other scripts' digits). */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Quotes a value for a message, cut to a readable length. */
    static String quote(String value) {
        if (value.length() <= QUOTE_LIMIT) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, QUOTE_LIMIT) + "...' (" + value.length() + " characters)";
    }
}
