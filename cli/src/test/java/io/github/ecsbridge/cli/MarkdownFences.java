package io.github.ecsbridge.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fenced code blocks of a Markdown text, with their info strings and line numbers. */
final class MarkdownFences {

    // An opening fence: three or more backticks or tildes, then the info string. Any indentation is accepted, since
    // guides indent code blocks inside list items.
    private static final Pattern OPENING = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*(.*?)\\s*$");

    /**
     * One fenced block.
     *
     * @param line            1-based line of the opening fence
     * @param info            the info string, trimmed: the language, then any arguments
     * @param lines           the content lines, without the fence's indentation
     * @param adjoinsPrevious whether only blank lines separate it from the previous block's closing fence
     */
    record Fence(int line, String info, List<String> lines, boolean adjoinsPrevious) {

        /** The first word of the info string, or "" when there is none. */
        String language() {
            return words().isEmpty() ? "" : words().get(0);
        }

        /** The words of the info string after the language. */
        List<String> arguments() {
            List<String> words = words();
            return words.isEmpty() ? List.of() : words.subList(1, words.size());
        }

        /** The 1-based line of the first content line. */
        int firstContentLine() {
            return line + 1;
        }

        String content() {
            return String.join("\n", lines);
        }

        private List<String> words() {
            return info.isEmpty() ? List.of() : Arrays.asList(info.split("\\s+"));
        }
    }

    private MarkdownFences() {
    }

    /** Every fenced block of {@code markdown}, in order; a fence never closed runs to the end, as in CommonMark. */
    static List<Fence> in(String markdown) {
        String[] lines = markdown.split("\r?\n", -1);
        List<Fence> fences = new ArrayList<>();
        int previousEnd = -1;
        for (int i = 0; i < lines.length; i++) {
            Matcher opening = OPENING.matcher(lines[i]);
            if (!opening.matches() || opening.group(2).startsWith("`") && opening.group(3).contains("`")) {
                continue;
            }
            String indent = opening.group(1);
            String marker = opening.group(2);
            List<String> content = new ArrayList<>();
            int end = i + 1;
            while (end < lines.length && !closes(lines[end], marker)) {
                content.add(stripIndent(lines[end], indent.length()));
                end++;
            }
            boolean adjoins = previousEnd >= 0 && blank(lines, previousEnd + 1, i);
            fences.add(new Fence(i + 1, opening.group(3), List.copyOf(content), adjoins));
            previousEnd = end;
            i = end;
        }
        return fences;
    }

    private static boolean closes(String line, String marker) {
        String trimmed = line.strip();
        return trimmed.length() >= marker.length() && trimmed.chars().allMatch(c -> c == marker.charAt(0));
    }

    private static String stripIndent(String line, int indent) {
        int i = 0;
        while (i < indent && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(i);
    }

    private static boolean blank(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines[i].isBlank()) {
                return false;
            }
        }
        return true;
    }
}
