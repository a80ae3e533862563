package io.github.ecsbridge.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns field definitions into an index mapping: nested {@code properties} for every field, one dynamic template
 * for every {@code object} with an {@code object_type}, and a fallback type for each type the cluster lacks.
 *
 * <p>Keyword fields get {@code ignore_above: 1024} unless they set their own or are not indexed, as Fleet does for
 * integration templates; longer values stay in {@code _source} without being indexed. Date detection is off, so a
 * string that looks like a date never turns an undeclared field into a date.
 */
final class MappingBuilder {

    static final int DEFAULT_IGNORE_ABOVE = 1024;

    private static final Map<String, String> MATCH_MAPPING_TYPES = Map.of(
            "keyword", "string", "long", "long", "double", "double", "boolean", "boolean");

    private final MapperTypeFallbacks fallbacks;
    private final Set<String> missingTypes;
    private final List<Downgrade> downgrades = new ArrayList<>();

    private MappingBuilder(MapperTypeFallbacks fallbacks, Set<String> missingTypes) {
        this.fallbacks = fallbacks;
        this.missingTypes = missingTypes;
    }

    /** The mapping, and the fields that got a fallback type. */
    record Result(Map<String, Object> mappings, List<Downgrade> downgrades) {
    }

    /**
     * Builds the mapping of {@code fields}; a field whose type is in {@code missingTypes} gets the fallback type.
     * Fails on a field declared twice, on a field that is also the parent of another, and on a missing type that has
     * no fallback.
     */
    static Result build(List<FieldDefinition> fields, MapperTypeFallbacks fallbacks, Set<String> missingTypes) {
        MappingBuilder builder = new MappingBuilder(fallbacks, missingTypes);
        Map<String, Object> properties = new TreeMap<>();
        List<Map<String, Object>> dynamicTemplates = new ArrayList<>();
        Map<String, FieldDefinition> seen = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            FieldDefinition earlier = seen.put(field.name(), field);
            if (earlier != null) {
                throw new IllegalStateException("[fields] " + field.name() + " is declared in " + earlier.source()
                        + " and again in " + field.source());
            }
            if ("object".equals(field.type())) {
                dynamicTemplates.add(builder.dynamicTemplate(field));
                if (field.isWildcard()) {
                    continue;
                }
            }
            builder.place(properties, field);
        }
        Map<String, Object> mappings = new LinkedHashMap<>();
        if (!dynamicTemplates.isEmpty()) {
            mappings.put("dynamic_templates", dynamicTemplates);
        }
        mappings.put("date_detection", false);
        mappings.put("properties", properties);
        return new Result(mappings, List.copyOf(builder.downgrades));
    }

    @SuppressWarnings("unchecked")
    private void place(Map<String, Object> properties, FieldDefinition field) {
        String[] parts = field.name().split("\\.");
        Map<String, Object> level = properties;
        for (int i = 0; i < parts.length - 1; i++) {
            Object node = level.computeIfAbsent(parts[i], k -> objectNode());
            if (!(node instanceof Map<?, ?> map) || !map.containsKey("properties")) {
                throw conflict(field);
            }
            level = (Map<String, Object>) map.get("properties");
        }
        String leaf = parts[parts.length - 1];
        if (level.containsKey(leaf)) {
            throw conflict(field);
        }
        level.put(leaf, "object".equals(field.type()) ? Map.of("type", "object") : leafMapping(field));
    }

    private Map<String, Object> leafMapping(FieldDefinition field) {
        String type = resolve(field.name(), field.type());
        Map<String, Object> mapping = new TreeMap<>();
        mapping.put("type", type);
        field.parameters().forEach((key, value) -> {
            if (!"value".equals(key) || "constant_keyword".equals(type)) {
                mapping.put(key, value);
            }
        });
        if ("keyword".equals(type) && !mapping.containsKey("ignore_above") && !Boolean.FALSE.equals(mapping.get("index"))) {
            mapping.put("ignore_above", DEFAULT_IGNORE_ABOVE);
        }
        if (!field.multiFields().isEmpty()) {
            Map<String, Object> multi = new TreeMap<>();
            for (FieldDefinition child : field.multiFields()) {
                String childName = child.name().substring(field.name().length() + 1);
                multi.put(childName, leafMapping(child));
            }
            mapping.put("fields", multi);
        }
        return mapping;
    }

    private Map<String, Object> dynamicTemplate(FieldDefinition field) {
        String pathMatch = field.isWildcard() ? field.name() : field.name() + ".*";
        Map<String, Object> mapping = new TreeMap<>();
        mapping.put("type", field.objectType());
        if ("keyword".equals(field.objectType())) {
            mapping.put("ignore_above", DEFAULT_IGNORE_ABOVE);
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("path_match", pathMatch);
        template.put("match_mapping_type", MATCH_MAPPING_TYPES.get(field.objectType()));
        template.put("mapping", mapping);
        return Map.of(field.name(), template);
    }

    private String resolve(String field, String type) {
        if (!missingTypes.contains(type)) {
            return type;
        }
        String fallback = fallbacks.fallback(type).orElseThrow(() -> new IllegalStateException(
                "[fields] " + field + " needs mapper type [" + type + "], which the cluster lacks and which has no"
                        + " fallback"));
        downgrades.add(new Downgrade(field, type, fallback));
        return fallback;
    }

    private static Map<String, Object> objectNode() {
        Map<String, Object> node = new TreeMap<>();
        node.put("properties", new TreeMap<String, Object>());
        return node;
    }

    private static IllegalStateException conflict(FieldDefinition field) {
        return new IllegalStateException("[fields] " + field.name() + " (" + field.source()
                + ") is both a field and an object holding other fields");
    }
}
