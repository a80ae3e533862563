package io.github.ecsbridge.ingest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the component and composable index templates of a data stream family from its field files.
 *
 * <p>The index template has priority 200, the priority Fleet gives integration templates: higher than the
 * stack's {@code logs-*-*} template (100), and equal to the template of Elastic's own integration for the same
 * data stream, so that Elasticsearch refuses the second of the two instead of one silently shadowing the other.
 */
public final class TemplateGenerator {

    /** Priority of every index template. */
    public static final int PRIORITY = 200;

    /** Value of {@code _meta.managed_by}, naming the owner of the generated templates. */
    public static final String MANAGED_BY = "ecs-bridge";

    private final AssetCatalog catalog;
    private final MapperTypeFallbacks fallbacks;

    public TemplateGenerator(AssetCatalog catalog, MapperTypeFallbacks fallbacks) {
        this.catalog = catalog;
        this.fallbacks = fallbacks;
    }

    /** Every mapper type the fields of {@code dataStream} use, multi-fields included. */
    public Set<String> mapperTypes(DataStreamDefinition dataStream) {
        Set<String> types = new LinkedHashSet<>();
        for (FieldDefinition field : catalog.fields(dataStream)) {
            types.add(field.type());
            field.multiFields().forEach(child -> types.add(child.type()));
        }
        return types;
    }

    /**
     * The templates of {@code dataStream} for a cluster that lacks {@code missingTypes}. With
     * {@code defaultPipeline}, the settings route every document through the family's entry pipeline; without it,
     * documents are indexed as they arrive (for documents the Logstash filters have already parsed).
     */
    public DataStreamTemplates generate(DataStreamDefinition dataStream, Set<String> missingTypes,
                                        boolean defaultPipeline) {
        MappingBuilder.Result mapping = MappingBuilder.build(catalog.fields(dataStream), fallbacks, missingTypes);
        String name = dataStream.templateName();

        Map<String, Object> template = new LinkedHashMap<>();
        if (defaultPipeline) {
            template.put("settings", Map.of("index.default_pipeline", dataStream.pipelineId()));
        }
        template.put("mappings", mapping.mappings());
        Map<String, Object> packageComponent = new LinkedHashMap<>();
        packageComponent.put("template", template);
        packageComponent.put("_meta", meta("Mappings and settings of " + dataStream.indexPatterns()
                + "; rewritten by every installation, put your changes into " + name + "@custom."));

        Map<String, Object> customComponent = new LinkedHashMap<>();
        customComponent.put("template", Map.of());
        customComponent.put("_meta", meta("Your settings and mappings for " + dataStream.indexPatterns()
                + "; created empty once and never changed by the installer."));

        Map<String, Object> indexTemplate = new LinkedHashMap<>();
        indexTemplate.put("index_patterns", dataStream.indexPatterns());
        indexTemplate.put("priority", PRIORITY);
        indexTemplate.put("data_stream", Map.of());
        indexTemplate.put("composed_of", List.of(name + "@package", name + "@custom"));
        indexTemplate.put("_meta", meta("Data streams " + dataStream.indexPatterns() + " of ECS Bridge."));

        return new DataStreamTemplates(name + "@package", packageComponent, name + "@custom", customComponent,
                name, indexTemplate, mapping.downgrades());
    }

    private Map<String, Object> meta(String description) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("managed_by", MANAGED_BY);
        meta.put("version", catalog.version());
        meta.put("description", description);
        return meta;
    }
}
