package io.github.ecsbridge.ingest;

import java.util.Map;

/**
 * An ingest pipeline as the installer puts it: its versioned id, the resource it comes from, and its body with
 * every pipeline reference replaced by the id it names.
 */
public record PipelineAsset(String id, String resource, Map<String, Object> body) {
}
