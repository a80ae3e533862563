package io.github.ecsbridge.ingest;

import java.util.List;
import java.util.Map;

/**
 * The templates of one data stream family: the generated {@code @package} component template, the empty
 * {@code @custom} component template that is only created when missing, the index template composed of both, and
 * the fields that got a fallback type.
 */
public record DataStreamTemplates(String packageComponentName, Map<String, Object> packageComponent,
                                  String customComponentName, Map<String, Object> customComponent,
                                  String indexTemplateName, Map<String, Object> indexTemplate,
                                  List<Downgrade> downgrades) {

    public DataStreamTemplates {
        downgrades = List.copyOf(downgrades);
    }
}
