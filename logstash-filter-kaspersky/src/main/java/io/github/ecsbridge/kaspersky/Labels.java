package io.github.ecsbridge.kaspersky;

/**
 * The spelling-blind form of labels and header names: letters and digits only, lower-cased, so that
 * {@code Container ID}, {@code ContainerId} and {@code container_id} compare equal, and {@code AO Kaspersky Lab}
 * contains {@code kaspersky}.
 */
final class Labels {

    private Labels() {
    }

    /** The normalized form of a text. */
    static String normalize(String text) {
        StringBuilder normalized = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                normalized.append(Character.toLowerCase(c));
            }
        }
        return normalized.toString();
    }

    /**
     * Whether the normalized form of {@code text} contains {@code needle} (already normalized), without building
     * the normalized text: this runs for every event.
     */
    static boolean normalizedContains(String text, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        for (int start = 0; start < text.length(); start++) {
            if (matchesAt(text, start, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int start, String needle) {
        int matched = 0;
        for (int i = start; i < text.length() && matched < needle.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (matched == 0) {
                    return false;
                }
                continue;
            }
            if (Character.toLowerCase(c) != needle.charAt(matched)) {
                return false;
            }
            matched++;
        }
        return matched == needle.length();
    }
}
