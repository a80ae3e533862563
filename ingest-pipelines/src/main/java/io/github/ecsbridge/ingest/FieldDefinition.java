package io.github.ecsbridge.ingest;

import java.util.List;
import java.util.Map;

/**
 * One field of a fields file, with its full dotted name: the type, the mapping parameters the file gives
 * ({@code ignore_above}, {@code ignore_malformed}, {@code index}, {@code doc_values}, {@code norms}, {@code value}),
 * its multi-fields, and for an {@code object} the type of the values below it ({@code object_type}).
 *
 * @param source the fields file that declares it, for messages
 */
public record FieldDefinition(String name, String type, Map<String, Object> parameters,
                              List<FieldDefinition> multiFields, String objectType, String source) {

    public FieldDefinition {
        parameters = Map.copyOf(parameters);
        multiFields = List.copyOf(multiFields);
    }

    /** The same definition declared by another file, as an {@code external: ecs} reference is. */
    FieldDefinition declaredBy(String otherSource) {
        return new FieldDefinition(name, type, parameters, multiFields, objectType, otherSource);
    }

    /** Whether the name holds {@code *}: only a dynamic template matching such paths, no mapped field of its own. */
    boolean isWildcard() {
        return name.contains("*");
    }
}
