package io.github.ecsbridge.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a message shape of the {@code cisco_esa} filter ({@code LineTemplate} syntax) into the parts the painless
 * matcher walks, so that the pipeline does not parse templates for every event: literals
 * {@code {literal, optional}} and captures {@code {capture, kind, slot}}. The filter validates the templates.
 */
final class ShapeTemplateParts {

    private ShapeTemplateParts() {
    }

    static List<Map<String, Object>> of(String template) {
        List<Map<String, Object>> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int slot = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
                continue;
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            flush(literal, parts);
            String body = template.substring(i + 1, close);
            Map<String, Object> part = new LinkedHashMap<>();
            if (body.startsWith("?")) {
                part.put("literal", body.substring(1));
                part.put("optional", true);
            } else {
                int colon = body.indexOf(':');
                part.put("capture", CiscoTable.expand(colon < 0 ? body : body.substring(0, colon)));
                part.put("kind", colon < 0 ? "text" : body.substring(colon + 1));
                part.put("slot", slot++);
            }
            parts.add(part);
            i = close + 1;
        }
        flush(literal, parts);
        return parts;
    }

    /** The number of captures among {@code parts}. */
    static int captures(List<Map<String, Object>> parts) {
        return (int) parts.stream().filter(p -> p.containsKey("capture")).count();
    }

    private static void flush(StringBuilder literal, List<Map<String, Object>> parts) {
        if (literal.length() > 0) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("literal", literal.toString());
            part.put("optional", false);
            parts.add(part);
            literal.setLength(0);
        }
    }
}
