package io.github.ecsbridge.ingest;

import java.util.List;

/**
 * A family of data streams that shares one index template: its name ({@code cisco_secure_email_gateway.log}), type
 * ({@code logs}), index patterns, the id of its entry pipeline, and its fields files (relative to {@code fields/}).
 */
public record DataStreamDefinition(String name, String type, List<String> indexPatterns, String pipelineId,
                                   List<String> fieldFiles) {

    public DataStreamDefinition {
        indexPatterns = List.copyOf(indexPatterns);
        fieldFiles = List.copyOf(fieldFiles);
    }

    /** The name of its index template; the component templates add {@code @package} and {@code @custom}. */
    public String templateName() {
        return "ecs-bridge-" + type + "-" + name;
    }
}
