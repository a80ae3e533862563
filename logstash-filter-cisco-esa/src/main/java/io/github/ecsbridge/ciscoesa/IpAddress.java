package io.github.ecsbridge.ciscoesa;

/** Syntax checks for IPv4 and IPv6 literals, without name resolution. */
final class IpAddress {

    private IpAddress() {
    }

    /** Whether the text is a dotted-quad IPv4 address or an IPv6 address (optionally ending in IPv4 form). */
    static boolean isValid(CharSequence text) {
        return isIpv4(text, 0, text.length()) || isIpv6(text);
    }

    /** Length of the IPv4 address starting at {@code start}, or 0 when there is none. */
    static int ipv4Length(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        return isIpv4(text, start, end) ? end - start : 0;
    }

    /** Length of the IPv6 address starting at {@code start}, or 0 when there is none. */
    static int ipv6Length(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && isIpv6Char(text.charAt(end))) {
            end++;
        }
        return end > start && isIpv6(text.subSequence(start, end)) ? end - start : 0;
    }

    static boolean isIpv4(CharSequence text, int start, int end) {
        int parts = 0;
        int i = start;
        while (parts < 4) {
            int digits = 0;
            int value = 0;
            while (i < end && Character.isDigit(text.charAt(i)) && digits < 3) {
                value = value * 10 + (text.charAt(i) - '0');
                digits++;
                i++;
            }
            if (digits == 0 || value > 255) {
                return false;
            }
            parts++;
            if (parts < 4) {
                if (i >= end || text.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
        }
        return i == end;
    }

    private static boolean isIpv6(CharSequence text) {
        int length = text.length();
        if (length < 2 || text.chars().noneMatch(c -> c == ':')) {
            return false;
        }
        int groups = 0;
        boolean compressed = false;
        int i = 0;
        if (text.charAt(0) == ':') {
            if (text.charAt(1) != ':') {
                return false;
            }
            compressed = true;
            i = 2;
            if (i == length) {
                return true;
            }
        }
        while (i < length) {
            int start = i;
            while (i < length && Character.digit(text.charAt(i), 16) >= 0 && i - start < 4) {
                i++;
            }
            if (i < length && text.charAt(i) == '.') {
                // An embedded IPv4 tail counts as two groups and must end the address.
                return isIpv4(text, start, length) && (compressed ? groups + 2 < 8 : groups + 2 == 8);
            }
            if (i == start) {
                return false;
            }
            groups++;
            if (i == length) {
                break;
            }
            if (text.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < length && text.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i++;
                if (i == length) {
                    break;
                }
            } else if (i == length) {
                return false;
            }
        }
        return compressed ? groups < 8 : groups == 8;
    }

    private static boolean isIpv6Char(char c) {
        return c == ':' || c == '.' || Character.digit(c, 16) >= 0;
    }
}
