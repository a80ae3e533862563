package io.github.ecsbridge.ciscoesa;

/**
 * Splits a raw ESA line into {@link EsaHeader} parts in one pass. Three forms:
 * <ol>
 *   <li>syslog push: {@code [<PRI>]MMM d HH:mm:ss [host ]category: [Level: ]message}; the category is the first
 *       token ending in a colon, so any tag works ({@code SplunkGIS}), and the level is any word followed by a colon
 *       right after it, as in the integration;</li>
 *   <li>FTP-pushed file: {@code EEE MMM d HH:mm:ss yyyy [Level: ]message}; unlike the integration, which takes any
 *       text before {@code " Word: "} as a timestamp and fails on it, only a real timestamp counts here;</li>
 *   <li>anything else is a message without header; a leading {@code <PRI>} is still read.</li>
 * </ol>
 * A payload whose header a syslog input already parsed goes through {@link #parsePayload}.
 */
final class HeaderParser {

    private HeaderParser() {
    }

    static EsaHeader parse(String line) {
        int start = 0;
        Long priority = null;
        int close = priorityEnd(line);
        if (close > 0) {
            priority = Long.parseLong(line.substring(1, close));
            start = close + 1;
        }
        int timeEnd = EsaTime.syslogEnd(line, start);
        if (timeEnd > 0 && timeEnd < line.length() && line.charAt(timeEnd) == ' ') {
            EsaHeader syslog = syslogRest(line, priority, line.substring(start, timeEnd), timeEnd + 1);
            if (syslog != null) {
                return syslog;
            }
        }
        int ctimeEnd = EsaTime.ctimeEnd(line, start);
        if (ctimeEnd > 0) {
            String timestamp = line.substring(start, ctimeEnd);
            return withLevel(priority, timestamp, true, null, null, line, skipOne(line, ctimeEnd));
        }
        return new EsaHeader(priority, null, false, null, null, null, line.substring(start).trim());
    }

    /** The payload after a header parsed elsewhere: an optional level word, then the message. */
    static EsaHeader parsePayload(String payload, Long priority, String host, String category) {
        return withLevel(priority, null, false, host, category, payload, 0);
    }

    private static EsaHeader syslogRest(String line, Long priority, String timestamp, int from) {
        int end1 = tokenEnd(line, from);
        if (isCategoryToken(line, from, end1)) {
            return withLevel(priority, timestamp, false, null, line.substring(from, end1 - 1), line,
                    skipOne(line, end1));
        }
        if (end1 >= line.length() || !isHostname(line, from, end1)) {
            return null;
        }
        int from2 = end1 + 1;
        int end2 = tokenEnd(line, from2);
        if (!isCategoryToken(line, from2, end2)) {
            return null;
        }
        return withLevel(priority, timestamp, false, line.substring(from, end1), line.substring(from2, end2 - 1),
                line, skipOne(line, end2));
    }

    private static EsaHeader withLevel(Long priority, String timestamp, boolean ctime, String host, String category,
                                       String line, int from) {
        int i = from;
        while (i < line.length() && isWordChar(line.charAt(i))) {
            i++;
        }
        String level = null;
        int messageStart = from;
        if (i > from && i < line.length() && line.charAt(i) == ':'
                && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
            level = line.substring(from, i);
            messageStart = Math.min(i + 2, line.length());
        }
        return new EsaHeader(priority, timestamp, ctime, host, category, level, line.substring(messageStart).trim());
    }

    /** Index of the {@code >} closing a leading {@code <PRI>} of one to three digits, or -1. */
    private static int priorityEnd(String line) {
        if (line.isEmpty() || line.charAt(0) != '<') {
            return -1;
        }
        int i = 1;
        while (i < line.length() && i <= 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > 1 && i < line.length() && line.charAt(i) == '>' ? i : -1;
    }

    private static boolean isCategoryToken(String line, int from, int end) {
        return end - from > 1 && line.charAt(end - 1) == ':';
    }

    private static boolean isHostname(String line, int from, int end) {
        if (end == from || !Character.isLetterOrDigit(line.charAt(from))) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    private static int tokenEnd(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) != ' ') {
            i++;
        }
        return i;
    }

    private static int skipOne(String line, int i) {
        return i < line.length() && line.charAt(i) == ' ' ? i + 1 : i;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
