package io.github.ecsbridge.cef;

/**
 * Parses IPv4 and IPv6 literals and prints them in one canonical form, without ever touching DNS
 * ({@code InetAddress.getByName} would resolve anything that is not a literal).
 *
 * <p>IPv4 is printed dotted-decimal without leading zeros; IPv6 as RFC 5952 recommends (lower case, longest run of
 * zero groups compressed). IPv4-mapped IPv6 addresses ({@code ::ffff:10.0.0.1}) are printed as IPv4, as Java and
 * Elasticsearch do. Zone indices ({@code fe80::1%eth0}) are rejected: no engine can store them in an {@code ip}.
 */
public final class IpAddresses {

    private IpAddresses() {
    }

    /** Returns the canonical text of an IP literal, or {@code null} when the text is not one. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            long ipv4 = parseIpv4(text, 0, text.length());
            if (ipv4 < 0) {
                return null;
            }
            // Most addresses are canonical already: the text itself, rather than a printed copy of it.
            return hasLeadingZero(text) ? formatIpv4((int) ipv4) : text;
        }
        int[] groups = parseIpv6(text);
        return groups == null ? null : formatIpv6(groups);
    }

    /** Whether the text is an IPv4 or IPv6 literal. */
    public static boolean isIp(String text) {
        return normalize(text) != null;
    }

    /** Returns the 32-bit address of a dotted quad in {@code [start, end)}, or -1. */
    private static long parseIpv4(String text, int start, int end) {
        long address = 0;
        int part = 0;
        int digits = 0;
        int parts = 0;
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || parts == 4) {
                    return -1;
                }
                address = (address << 8) | part;
                parts++;
                part = 0;
                digits = 0;
            } else if (Numbers.isDigit(c) && digits < 3) {
                part = part * 10 + (c - '0');
                digits++;
                if (part > 255) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        return parts == 4 ? address : -1;
    }

    /** Whether a valid dotted quad writes a part with a leading zero ({@code 10.01.0.1}). */
    private static boolean hasLeadingZero(String quad) {
        for (int i = 0; i < quad.length() - 1; i++) {
            if (quad.charAt(i) == '0' && (i == 0 || quad.charAt(i - 1) == '.') && quad.charAt(i + 1) != '.') {
                return true;
            }
        }
        return false;
    }

    private static String formatIpv4(int address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
    }

    /** Returns the eight 16-bit groups, or {@code null}. */
    private static int[] parseIpv6(String text) {
        int length = text.length();
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = 0;
        if (text.startsWith("::")) {
            gap = 0;
            i = 2;
            if (i == length) {
                return groups;
            }
        } else if (text.charAt(0) == ':') {
            return null;
        }
        while (i < length) {
            if (count == 8) {
                return null;
            }
            int groupStart = i;
            int value = 0;
            while (i < length && i - groupStart < 5) {
                int digit = Numbers.hexDigit(text.charAt(i));
                if (digit < 0) {
                    break;
                }
                value = (value << 4) | digit;
                i++;
            }
            if (i < length && text.charAt(i) == '.') {
                // An embedded IPv4 address fills the last two groups.
                if (count > 6) {
                    return null;
                }
                long ipv4 = parseIpv4(text, groupStart, length);
                if (ipv4 < 0) {
                    return null;
                }
                groups[count++] = (int) (ipv4 >>> 16) & 0xffff;
                groups[count++] = (int) ipv4 & 0xffff;
                i = length;
                break;
            }
            int digits = i - groupStart;
            if (digits == 0 || digits > 4) {
                return null;
            }
            groups[count++] = value;
            if (i == length) {
                break;
            }
            if (text.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < length && text.charAt(i) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = count;
                i++;
            } else if (i == length) {
                return null;
            }
        }
        if (gap < 0) {
            return count == 8 ? groups : null;
        }
        if (count == 8) {
            return null;
        }
        int moved = count - gap;
        System.arraycopy(groups, gap, groups, 8 - moved, moved);
        for (int j = gap; j < 8 - moved; j++) {
            groups[j] = 0;
        }
        return groups;
    }

    private static String formatIpv6(int[] groups) {
        boolean mapped = groups[5] == 0xffff;
        for (int j = 0; j < 5 && mapped; j++) {
            mapped = groups[j] == 0;
        }
        if (mapped) {
            return formatIpv4((groups[6] << 16) | groups[7]);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int j = 0; j < 8; ) {
            if (groups[j] != 0) {
                j++;
                continue;
            }
            int runStart = j;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - runStart > bestLength) {
                bestStart = runStart;
                bestLength = j - runStart;
            }
        }
        StringBuilder out = new StringBuilder(39);
        for (int j = 0; j < 8; j++) {
            if (j == bestStart) {
                out.append("::");
                j += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[j]));
        }
        return out.toString();
    }
}
