package io.github.ecsbridge.cef;

import java.util.Map;

/**
 * Writes one CEF message with the escaping of the CEF specification: in the header {@code \} and {@code |}, in
 * extension values {@code \}, {@code =} and line breaks (as {@code \n} and {@code \r}). The inverse of
 * {@link CefScanner}.
 */
public final class CefWriter {

    private CefWriter() {
    }

    /**
     * A {@code CEF:0|...} message; {@code extensions} keep their order, and a {@code null} or empty value leaves its
     * key out. Keys must already be valid CEF keys.
     */
    public static String write(String vendor, String product, String version, String signature, String name,
                               String severity, Map<String, String> extensions) {
        StringBuilder out = new StringBuilder(128);
        out.append("CEF:0");
        for (String field : new String[] {vendor, product, version, signature, name, severity}) {
            out.append('|');
            appendHeader(out, field == null ? "" : field);
        }
        out.append('|');
        String separator = "";
        for (Map.Entry<String, String> extension : extensions.entrySet()) {
            if (extension.getValue() == null || extension.getValue().isEmpty()) {
                continue;
            }
            out.append(separator).append(extension.getKey()).append('=');
            appendValue(out, extension.getValue());
            separator = " ";
        }
        return out.toString();
    }

    private static void appendHeader(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '|' -> out.append('\\').append(c);
                // A header field cannot hold a line break; a space keeps the words apart.
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }

    private static void appendValue(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '=' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
