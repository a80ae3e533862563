package io.github.ecsbridge.cef;

/**
 * Normalises MAC addresses (EUI-48 and EUI-64) to the form ECS recommends: upper-case hex pairs joined by dashes,
 * {@code 00-0D-60-AF-1B-61}.
 *
 * <p>Accepted input: pairs separated by {@code :} or {@code -} (single-digit groups such as {@code 0:d:60:af:1b:61}
 * are padded), Cisco dotted quads {@code 000d.60af.1b61}, and bare hex strings of 12 or 16 digits.
 */
public final class MacAddresses {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MacAddresses() {
    }

    /** Returns the normalised address, or {@code null} when the text is not a MAC address. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        byte[] octets = new byte[8];
        int count = parse(text, octets);
        if (count != 6 && count != 8) {
            return null;
        }
        char[] out = new char[count * 3 - 1];
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out[i * 3 - 1] = '-';
            }
            out[i * 3] = HEX[(octets[i] >> 4) & 0xf];
            out[i * 3 + 1] = HEX[octets[i] & 0xf];
        }
        return new String(out);
    }

    /** Fills {@code octets} and returns how many were read, or -1. */
    private static int parse(String text, byte[] octets) {
        int length = text.length();
        char separator = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '-' || c == '.') {
                separator = c;
                break;
            }
        }
        if (separator == 0) {
            return length == 12 || length == 16 ? parseHexRun(text, 0, length, octets, 0) : -1;
        }
        int groupDigits = separator == '.' ? 4 : 2;
        int count = 0;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i < length && text.charAt(i) != separator) {
                continue;
            }
            int digits = i - start;
            if (digits == 0 || digits > groupDigits) {
                return -1;
            }
            if (groupDigits == 4) {
                if (digits != 4 || count + 2 > octets.length) {
                    return -1;
                }
                count = parseHexRun(text, start, i, octets, count);
            } else {
                if (count == octets.length) {
                    return -1;
                }
                int value = hexValue(text, start, i);
                if (value < 0) {
                    return -1;
                }
                octets[count++] = (byte) value;
            }
            if (count < 0) {
                return -1;
            }
            start = i + 1;
        }
        return count;
    }

    /** Reads pairs of hex digits from {@code [start, end)} into {@code octets} from {@code offset}. */
    private static int parseHexRun(String text, int start, int end, byte[] octets, int offset) {
        int count = offset;
        for (int i = start; i < end; i += 2) {
            int value = hexValue(text, i, i + 2);
            if (value < 0) {
                return -1;
            }
            octets[count++] = (byte) value;
        }
        return count;
    }

    private static int hexValue(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            int digit = Numbers.hexDigit(text.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }
}
