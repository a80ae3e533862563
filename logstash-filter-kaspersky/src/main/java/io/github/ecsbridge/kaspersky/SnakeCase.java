package io.github.ecsbridge.kaspersky;

/**
 * Field names for labels no table knows: words split at spaces and punctuation and before an upper-case letter
 * that follows a lower-case letter or a digit, joined by {@code _}, lower-cased ({@code ExtraAttributes} ->
 * {@code extra_attributes}, {@code SourceIPv6 Address} -> {@code source_ipv6_address}). Letters of any script are
 * kept, so a Cyrillic label stays readable.
 */
final class SnakeCase {

    private SnakeCase() {
    }

    /** The field name for a label; empty when the label has no letter or digit. */
    static String of(String label) {
        StringBuilder name = new StringBuilder(label.length() + 4);
        boolean pendingSeparator = false;
        char previous = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                pendingSeparator = name.length() > 0;
                previous = c;
                continue;
            }
            boolean wordStart = Character.isUpperCase(c)
                    && (Character.isLowerCase(previous) || Character.isDigit(previous));
            if ((pendingSeparator || wordStart) && name.length() > 0) {
                name.append('_');
            }
            pendingSeparator = false;
            name.append(Character.toLowerCase(c));
            previous = c;
        }
        return name.toString();
    }
}
