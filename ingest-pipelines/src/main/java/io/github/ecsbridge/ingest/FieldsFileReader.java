package io.github.ecsbridge.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a fields file in the format of Elastic's integration packages: a YAML list of {@code name}/{@code type}
 * entries, where a {@code group} nests its {@code fields} under its name and {@code external: ecs} takes the
 * definition of an ECS field. Keys that only document a field (description, example, ...) are skipped; any other
 * unknown key is an error, so a misspelt mapping parameter never disappears silently.
 */
final class FieldsFileReader {

    /** Types the template generator can map. */
    static final Set<String> TYPES = Set.of("keyword", "wildcard", "constant_keyword", "text", "match_only_text",
            "long", "integer", "short", "byte", "double", "float", "half_float", "boolean", "ip", "date",
            "geo_point", "object");

    /** Types an {@code object} may declare for the values below it. */
    static final Set<String> OBJECT_TYPES = Set.of("keyword", "long", "double", "boolean");

    private static final Set<String> MAPPING_PARAMETERS = Set.of("ignore_above", "ignore_malformed", "index",
            "doc_values", "norms", "value");
    private static final Set<String> DOCUMENTATION_KEYS = Set.of("description", "example", "level", "title",
            "group", "footnote", "default_field");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String source;
    private final Map<String, FieldDefinition> ecs;

    private FieldsFileReader(String source, Map<String, FieldDefinition> ecs) {
        this.source = source;
        this.ecs = ecs;
    }

    /**
     * Reads one file. {@code ecs} resolves {@code external: ecs} references; pass an empty map when reading the
     * ECS definitions themselves.
     */
    static List<FieldDefinition> read(String source, InputStream in, Map<String, FieldDefinition> ecs)
            throws IOException {
        Object root = YAML.readValue(in, Object.class);
        FieldsFileReader reader = new FieldsFileReader(source, ecs);
        List<FieldDefinition> fields = new ArrayList<>();
        reader.readList(root, "", fields);
        return fields;
    }

    private void readList(Object node, String prefix, List<FieldDefinition> into) {
        if (!(node instanceof List<?> entries)) {
            throw error("expected a list of fields" + (prefix.isEmpty() ? "" : " under [" + strip(prefix) + "]"));
        }
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> map)) {
                throw error("expected a field entry, got [" + entry + "]");
            }
            readEntry(map, prefix, into);
        }
    }

    private void readEntry(Map<?, ?> entry, String prefix, List<FieldDefinition> into) {
        Object name = entry.get("name");
        if (!(name instanceof String shortName) || shortName.isBlank()) {
            throw error("field without a name: " + entry);
        }
        String fullName = prefix + shortName;
        Object external = entry.get("external");
        if (external != null) {
            into.add(resolveExternal(fullName, external));
            return;
        }
        Object type = entry.get("type");
        if ("group".equals(type)) {
            checkKeys(fullName, entry, Set.of("name", "type", "fields"));
            readList(entry.get("fields"), fullName + ".", into);
        } else {
            into.add(readLeaf(fullName, type, entry));
        }
    }

    private FieldDefinition resolveExternal(String fullName, Object external) {
        if (!"ecs".equals(external)) {
            throw error("[" + fullName + "] external must be ecs, got [" + external + "]");
        }
        FieldDefinition definition = ecs.get(fullName);
        if (definition == null) {
            throw error("[" + fullName + "] is not among the ECS field definitions");
        }
        return definition.declaredBy(source);
    }

    private FieldDefinition readLeaf(String fullName, Object type, Map<?, ?> entry) {
        if (!(type instanceof String typeName) || !TYPES.contains(typeName)) {
            throw error("[" + fullName + "] has unsupported type [" + type + "]");
        }
        checkKeys(fullName, entry, Set.of("name", "type", "multi_fields", "object_type"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (String parameter : MAPPING_PARAMETERS) {
            if (entry.containsKey(parameter)) {
                parameters.put(parameter, entry.get(parameter));
            }
        }
        String objectType = null;
        if ("object".equals(typeName)) {
            Object declared = entry.get("object_type");
            if (!(declared instanceof String value) || !OBJECT_TYPES.contains(value)) {
                throw error("[" + fullName + "] needs an object_type of " + sorted(OBJECT_TYPES) + ", got ["
                        + declared + "]");
            }
            objectType = value;
        } else if (fullName.endsWith("*")) {
            throw error("[" + fullName + "] only an object may have a name ending in *");
        }
        List<FieldDefinition> multiFields = new ArrayList<>();
        Object declaredMultiFields = entry.get("multi_fields");
        if (declaredMultiFields != null) {
            List<FieldDefinition> children = new ArrayList<>();
            readList(declaredMultiFields, fullName + ".", children);
            multiFields.addAll(children);
        }
        return new FieldDefinition(fullName, typeName, parameters, multiFields, objectType, source);
    }

    private void checkKeys(String fullName, Map<?, ?> entry, Set<String> structural) {
        for (Object key : entry.keySet()) {
            if (!structural.contains(key) && !MAPPING_PARAMETERS.contains(key) && !DOCUMENTATION_KEYS.contains(key)) {
                throw error("[" + fullName + "] has unknown key [" + key + "]");
            }
        }
    }

    private IllegalStateException error(String reason) {
        return new IllegalStateException("[fields] " + source + ": " + reason);
    }

    private static String strip(String prefix) {
        return prefix.substring(0, prefix.length() - 1);
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
