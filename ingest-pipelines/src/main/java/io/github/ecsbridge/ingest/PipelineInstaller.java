package io.github.ecsbridge.ingest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Installs the pipelines and templates into a cluster, idempotently: each asset is read first and only written
 * when missing or different, and each is reported as created, updated or unchanged. Checks first that the cluster
 * can hold the assets (release, ingest processors, data streams) and maps a field with its fallback type only
 * where the cluster lacks the type, reporting every such field.
 */
public final class PipelineInstaller {

    private final AssetCatalog catalog;
    private final MapperTypeFallbacks fallbacks;
    private final PrintStream out;

    PipelineInstaller(AssetCatalog catalog, MapperTypeFallbacks fallbacks, PrintStream out) {
        this.catalog = catalog;
        this.fallbacks = fallbacks;
        this.out = out;
    }

    /**
     * Installs the assets of this release as {@code options} say, printing progress to {@code out}.
     *
     * @throws InstallException when the cluster cannot be reached or lacks something the assets need; nothing is
     *                          written in the second case
     */
    public static InstallResult install(InstallOptions options, PrintStream out) {
        PipelineInstaller installer = new PipelineInstaller(AssetCatalog.standard(), MapperTypeFallbacks.standard(),
                out);
        try (ElasticsearchConnection es = ElasticsearchConnection.open(options)) {
            return installer.run(es, options.scope());
        }
    }

    InstallResult run(ElasticsearchConnection es, InstallScope scope) {
        TemplateGenerator generator = new TemplateGenerator(catalog, fallbacks);
        Set<String> probedTypes = new TreeSet<>();
        if (scope.templates()) {
            for (DataStreamDefinition dataStream : catalog.dataStreams()) {
                generator.mapperTypes(dataStream).stream().filter(t -> fallbacks.types().contains(t))
                        .forEach(probedTypes::add);
            }
        }
        ClusterCapabilities cluster = ClusterCapabilities.probe(es, probedTypes, scope.templates());
        out.println("Elasticsearch " + cluster.version() + " at " + es.url() + " (" + cluster.nodes()
                + (cluster.nodes() == 1 ? " node)" : " nodes)"));
        check(cluster, es, scope);

        List<InstalledAsset> assets = new ArrayList<>();
        List<Downgrade> downgrades = new ArrayList<>();
        if (scope.pipelines()) {
            for (PipelineAsset pipeline : catalog.pipelines()) {
                assets.add(write(es, AssetKind.PIPELINE, pipeline.id(), pipeline.body()));
            }
        }
        if (scope.templates()) {
            if (!cluster.missingMapperTypes().isEmpty()) {
                out.println("Mapper types missing on this cluster: " + cluster.missingMapperTypes());
            }
            for (DataStreamDefinition dataStream : catalog.dataStreams()) {
                DataStreamTemplates templates = generator.generate(dataStream, cluster.missingMapperTypes(),
                        scope.pipelines());
                if (!templates.downgrades().isEmpty()) {
                    out.println(String.join(", ", dataStream.indexPatterns()) + ": " + templates.downgrades().size()
                            + " fields use a fallback type");
                    templates.downgrades().forEach(d -> out.println("  " + d));
                }
                downgrades.addAll(templates.downgrades());
                assets.add(write(es, AssetKind.COMPONENT_TEMPLATE, templates.packageComponentName(),
                        templates.packageComponent()));
                assets.add(createIfMissing(es, templates.customComponentName(), templates.customComponent()));
                assets.add(write(es, AssetKind.INDEX_TEMPLATE, templates.indexTemplateName(),
                        templates.indexTemplate()));
            }
        }
        InstallResult result = new InstallResult(cluster, assets, downgrades);
        out.println("Done: " + summary(result));
        return result;
    }

    private void check(ClusterCapabilities cluster, ElasticsearchConnection es, InstallScope scope) {
        if (cluster.version().compareTo(ElasticsearchVersion.MINIMUM) < 0) {
            throw new InstallException("[es] " + es.url() + " runs Elasticsearch " + cluster.version()
                    + "; the assets need " + ElasticsearchVersion.MINIMUM + " or later (composable index templates,"
                    + " data streams, append without duplicates)");
        }
        if (scope.pipelines()) {
            Set<String> missing = new TreeSet<>();
            catalog.pipelines().forEach(p -> missing.addAll(PipelineProcessors.types(p.body())));
            missing.removeAll(cluster.processors());
            if (!missing.isEmpty()) {
                throw new InstallException("[es] " + es.url() + " lacks the ingest processors " + missing
                        + " that the pipelines use (modules ingest-common, lang-painless and ingest-user-agent of the"
                        + " default distribution); install the templates alone with [only] templates");
            }
        }
        if (scope.templates() && !cluster.dataStreams()) {
            throw new InstallException("[es] " + es.url() + " has no data streams (an OSS build, or a cluster"
                    + " without the x-pack modules of the default distribution); install the pipelines alone with"
                    + " [only] pipelines");
        }
    }

    private InstalledAsset write(ElasticsearchConnection es, AssetKind kind, String name, Map<String, Object> body) {
        String path = kind.path(name);
        Optional<Map<String, Object>> installed = es.get(path).map(answer -> stored(kind, name, answer));
        AssetStatus status;
        if (installed.isEmpty()) {
            status = AssetStatus.CREATED;
        } else if (AssetComparison.same(body, installed.get())) {
            status = AssetStatus.UNCHANGED;
        } else {
            status = AssetStatus.UPDATED;
        }
        if (status != AssetStatus.UNCHANGED) {
            es.put(path, body);
        }
        return report(new InstalledAsset(kind, name, status));
    }

    private InstalledAsset createIfMissing(ElasticsearchConnection es, String name, Map<String, Object> body) {
        String path = AssetKind.COMPONENT_TEMPLATE.path(name);
        // The @custom template belongs to the user once it exists: never compare, never overwrite.
        if (es.get(path).isPresent()) {
            return report(new InstalledAsset(AssetKind.COMPONENT_TEMPLATE, name, AssetStatus.UNCHANGED));
        }
        es.put(path, body);
        return report(new InstalledAsset(AssetKind.COMPONENT_TEMPLATE, name, AssetStatus.CREATED));
    }

    private InstalledAsset report(InstalledAsset asset) {
        out.println(asset);
        return asset;
    }

    /** The asset itself out of a GET answer, whose shape differs per kind. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> stored(AssetKind kind, String name, Map<String, Object> answer) {
        return switch (kind) {
            case PIPELINE -> (Map<String, Object>) answer.get(name);
            case COMPONENT_TEMPLATE -> (Map<String, Object>) entry(answer, "component_templates", name)
                    .get("component_template");
            case INDEX_TEMPLATE -> (Map<String, Object>) entry(answer, "index_templates", name).get("index_template");
        };
    }

    private static Map<?, ?> entry(Map<String, Object> answer, String listName, String name) {
        if (answer.get(listName) instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && name.equals(map.get("name"))) {
                    return map;
                }
            }
        }
        throw new InstallException("[es] unexpected answer for " + name + ": no " + listName + " entry");
    }

    static String summary(InstallResult result) {
        return count(result, AssetKind.PIPELINE, "pipelines") + ", "
                + count(result, AssetKind.COMPONENT_TEMPLATE, "component templates") + ", "
                + count(result, AssetKind.INDEX_TEMPLATE, "index templates") + "; "
                + result.count(AssetStatus.CREATED) + " created, " + result.count(AssetStatus.UPDATED) + " updated, "
                + result.count(AssetStatus.UNCHANGED) + " unchanged";
    }

    private static String count(InstallResult result, AssetKind kind, String plural) {
        return result.assets().stream().filter(a -> a.kind() == kind).count() + " " + plural;
    }
}
