package io.github.ecsbridge.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The ingest assets shipped in this jar, as listed by {@code assets.yml}: pipelines with their versioned ids, the
 * data stream families with their field files, and the ECS field definitions those files refer to.
 */
public final class AssetCatalog {

    /** Where the standard assets are on the class path. */
    public static final String STANDARD_ROOT = "io/github/ecsbridge/ingest/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String root;
    private final String version;
    private final List<PipelineAsset> pipelines;
    private final List<DataStreamDefinition> dataStreams;
    private final Map<String, FieldDefinition> ecsFields;

    private AssetCatalog(String root, String version, List<PipelineAsset> pipelines,
                         List<DataStreamDefinition> dataStreams, Map<String, FieldDefinition> ecsFields) {
        this.root = root;
        this.version = version;
        this.pipelines = List.copyOf(pipelines);
        this.dataStreams = List.copyOf(dataStreams);
        this.ecsFields = Map.copyOf(ecsFields);
    }

    /** The assets of this release. */
    public static AssetCatalog standard() {
        return load(STANDARD_ROOT);
    }

    /** The assets under a class path folder laid out like {@link #STANDARD_ROOT}. */
    static AssetCatalog load(String root) {
        String version = readVersion(root);
        Map<?, ?> index = (Map<?, ?>) read(YAML, root + "assets.yml", Map.class);
        List<PipelineAsset> pipelines = new ArrayList<>();
        Map<String, String> idsByName = new LinkedHashMap<>();
        for (String name : strings(index, "pipelines", "assets.yml")) {
            String resource = "pipelines/" + name + ".json";
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) read(JSON, root + resource, Map.class);
            String id = pipelineId(name, version);
            pipelines.add(new PipelineAsset(id, resource, PipelineReferences.resolve(body, idsByName::get, resource)));
            if (idsByName.put(name, id) != null) {
                throw new IllegalStateException("[pipelines] assets.yml lists " + name + " twice");
            }
        }
        List<DataStreamDefinition> dataStreams = new ArrayList<>();
        Object declared = index.get("data_streams");
        if (!(declared instanceof List<?> entries)) {
            throw new IllegalStateException("[data_streams] assets.yml has no list of data streams");
        }
        for (Object entry : entries) {
            dataStreams.add(dataStream((Map<?, ?>) entry, idsByName));
        }
        Map<String, FieldDefinition> ecsFields = new LinkedHashMap<>();
        for (FieldDefinition field : readFields(root, "ecs-fields.yml", Map.of())) {
            if (ecsFields.put(field.name(), field) != null) {
                throw new IllegalStateException("[fields] ecs-fields.yml defines " + field.name() + " twice");
            }
        }
        return new AssetCatalog(root, version, pipelines, dataStreams, ecsFields);
    }

    /** The release version in every pipeline id. */
    public String version() {
        return version;
    }

    /** Every pipeline, in installation order: a pipeline comes after the pipelines it calls. */
    public List<PipelineAsset> pipelines() {
        return pipelines;
    }

    /** Every data stream family. */
    public List<DataStreamDefinition> dataStreams() {
        return dataStreams;
    }

    /** The ECS field definitions, by name. */
    public Map<String, FieldDefinition> ecsFields() {
        return ecsFields;
    }

    /** The fields of a data stream family, from all its field files, in file order. */
    public List<FieldDefinition> fields(DataStreamDefinition dataStream) {
        List<FieldDefinition> fields = new ArrayList<>();
        for (String file : dataStream.fieldFiles()) {
            fields.addAll(readFields(root, "fields/" + file, ecsFields));
        }
        return fields;
    }

    /** {@code <base>-<version>} for {@code <base>/default}, {@code <base>-<version>-<name>} otherwise. */
    static String pipelineId(String name, String version) {
        int slash = name.indexOf('/');
        if (slash <= 0 || slash != name.lastIndexOf('/') || slash == name.length() - 1) {
            throw new IllegalStateException("[pipelines] " + name + " is not of the form <base>/<name>");
        }
        String base = name.substring(0, slash);
        String file = name.substring(slash + 1);
        return "default".equals(file) ? base + "-" + version : base + "-" + version + "-" + file;
    }

    private static DataStreamDefinition dataStream(Map<?, ?> entry, Map<String, String> idsByName) {
        String name = string(entry, "name", "data_streams");
        String where = "data stream " + name;
        String pipeline = string(entry, "pipeline", where);
        String pipelineId = idsByName.get(pipeline);
        if (pipelineId == null) {
            throw new IllegalStateException("[data_streams] " + where + " names pipeline " + pipeline
                    + ", which assets.yml does not list");
        }
        return new DataStreamDefinition(name, string(entry, "type", where), strings(entry, "index_patterns", where),
                pipelineId, strings(entry, "fields", where));
    }

    private static List<FieldDefinition> readFields(String root, String resource,
                                                    Map<String, FieldDefinition> ecsFields) {
        try (InputStream in = open(root + resource)) {
            return FieldsFileReader.read(resource, in, ecsFields);
        } catch (IOException e) {
            throw new UncheckedIOException("[fields] cannot read " + resource, e);
        }
    }

    private static String readVersion(String root) {
        Properties properties = new Properties();
        try (InputStream in = open(root + "version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + "version.properties", e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank() || version.contains("$")) {
            throw new IllegalStateException(root + "version.properties has no version (was it filtered?)");
        }
        return version;
    }

    private static Object read(ObjectMapper mapper, String resource, Class<?> type) {
        try (InputStream in = open(resource)) {
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = AssetCatalog.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        return in;
    }

    private static String string(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("[" + key + "] missing in " + where);
        }
        return text;
    }

    private static List<String> strings(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException("[" + key + "] missing in " + where);
        }
        List<String> strings = new ArrayList<>(list.size());
        for (Object item : list) {
            strings.add(String.valueOf(item));
        }
        return strings;
    }
}
