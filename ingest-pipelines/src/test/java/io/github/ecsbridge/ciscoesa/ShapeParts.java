package io.github.ecsbridge.ciscoesa;

import java.util.List;
import java.util.Map;

/**
 * The parts of a {@code cisco_esa} message shape as the filter compiles them, for the pipeline generator in another
 * package: the painless matcher walks the same parts, so the two cannot read a template differently.
 */
public final class ShapeParts {

    private ShapeParts() {
    }

    /** The parts of {@code template} as {@code LineTemplate#describe()} gives them. */
    public static List<Map<String, Object>> of(String template) {
        return LineTemplate.compile(template, false).describe();
    }
}
