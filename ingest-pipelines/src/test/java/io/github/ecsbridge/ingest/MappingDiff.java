package io.github.ecsbridge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Differences between the mapping a template declares and the mapping an index ended up with: a field the index
 * has but the template does not declare (dynamic mapping added it, unless a dynamic template of the template
 * covers it), a declared field the index lacks, and a field whose type differs.
 */
final class MappingDiff {

    private MappingDiff() {
    }

    /** One line per difference, sorted; empty when the index holds exactly the declared fields. */
    static List<String> between(Map<?, ?> templateMappings, Map<?, ?> indexMappings) {
        Map<String, String> declared = types((Map<?, ?>) templateMappings.get("properties"));
        Map<String, String> actual = types((Map<?, ?>) indexMappings.get("properties"));
        List<Map.Entry<Pattern, String>> dynamic = dynamicTemplates(templateMappings);
        List<String> lines = new ArrayList<>();
        actual.forEach((name, type) -> {
            String expected = declared.get(name);
            if (expected == null) {
                boolean covered = dynamic.stream().anyMatch(t -> t.getKey().matcher(name).matches()
                        && t.getValue().equals(type));
                if (!covered) {
                    lines.add("undeclared " + name + " (" + type + ")");
                }
            } else if (!expected.equals(type)) {
                lines.add(name + ": declared " + expected + ", indexed as " + type);
            }
        });
        declared.forEach((name, type) -> {
            boolean objectFilledDynamically = "object".equals(type)
                    && actual.keySet().stream().anyMatch(n -> n.startsWith(name + "."));
            if (!actual.containsKey(name) && !objectFilledDynamically) {
                lines.add("missing " + name + " (" + type + ")");
            }
        });
        lines.sort(null);
        return lines;
    }

    /** Field name to type, multi-fields included as {@code name.sub}. */
    static Map<String, String> types(Map<?, ?> properties) {
        Map<String, String> types = new TreeMap<>();
        MappingLeaves.of(properties).forEach((name, mapping) -> {
            Map<?, ?> field = (Map<?, ?>) mapping;
            types.put(name, String.valueOf(field.get("type") == null ? "object" : field.get("type")));
            if (field.get("fields") instanceof Map<?, ?> multi) {
                multi.forEach((sub, subMapping) -> types.put(name + "." + sub,
                        String.valueOf(((Map<?, ?>) subMapping).get("type"))));
            }
        });
        return types;
    }

    private static List<Map.Entry<Pattern, String>> dynamicTemplates(Map<?, ?> templateMappings) {
        List<Map.Entry<Pattern, String>> templates = new ArrayList<>();
        if (templateMappings.get("dynamic_templates") instanceof List<?> list) {
            for (Object item : list) {
                for (Object template : ((Map<?, ?>) item).values()) {
                    Map<?, ?> definition = (Map<?, ?>) template;
                    String glob = String.valueOf(definition.get("path_match"));
                    Pattern pattern = Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q"));
                    templates.add(Map.entry(pattern, String.valueOf(((Map<?, ?>) definition.get("mapping")).get("type"))));
                }
            }
        }
        return templates;
    }
}
