package io.github.ecsbridge.gem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What identifies one Logstash Java plugin gem, validated, and the file layout and metadata derived from it.
 *
 * @param name        gem name, {@code logstash-<type>-<pluginName>}
 * @param version     plain {@code X.Y.Z} version shared by the gem and its jar
 * @param type        Logstash plugin type, {@code input} or {@code filter}
 * @param pluginName  name used in pipeline configurations ({@code config_name})
 * @param pluginClass fully qualified name of the Java plugin class
 * @param group       Maven group id; its path is where {@code require_jar} looks for the jar
 * @param summary     one-line description; runs of white space are collapsed to one space
 * @param homepage    http or https URL of the project
 */
public record GemSpecification(String name, String version, String type, String pluginName, String pluginClass,
                               String group, String summary, String homepage) {

    /** RubyGems platform of every gem written here; it makes the file name end in {@code -java.gem}. */
    public static final String PLATFORM = "java";
    /** Logstash looks for exactly one jar below these paths when it starts. */
    public static final List<String> REQUIRE_PATHS = List.of("lib", "vendor/jar-dependencies");
    /** SPDX identifier of the license shipped in every gem. */
    public static final String LICENSE = "Apache-2.0";
    /** Author listed in the gem metadata. */
    public static final String AUTHOR = "ECS Bridge contributors";
    /**
     * Date in the metadata and modification time of every tar entry. It is fixed so that the same inputs always give
     * the same bytes; it equals the root pom's project.build.outputTimestamp.
     */
    public static final Instant BUILD_TIME = Instant.parse("2026-01-01T00:00:00Z");
    /** Plugin types this packager can write a Ruby shim for. */
    public static final List<String> TYPES = List.of("input", "filter");

    private static final Pattern PLAIN_VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");
    private static final Pattern PLUGIN_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)+");
    private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final List<String> RESERVED_PACKAGES = List.of("org.logstash.", "co.elastic.logstash.");

    /** Checks every component; the messages name the command-line option that carries it. */
    public GemSpecification {
        requirePresent(name, "name");
        requirePresent(version, "version");
        requirePresent(type, "type");
        requirePresent(pluginName, "plugin-name");
        requirePresent(pluginClass, "plugin-class");
        requirePresent(group, "group");
        requirePresent(summary, "summary");
        requirePresent(homepage, "homepage");
        summary = WHITE_SPACE.matcher(summary).replaceAll(" ").strip();

        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("[type] must be one of " + TYPES + ", got '" + type + "'");
        }
        if (!PLUGIN_NAME.matcher(pluginName).matches()) {
            throw new IllegalArgumentException("[plugin-name] must be lower-case letters, digits and '_', starting"
                    + " with a letter, got '" + pluginName + "'");
        }
        String expectedName = "logstash-" + type + "-" + pluginName;
        if (!name.equals(expectedName)) {
            throw new IllegalArgumentException("[name] must be '" + expectedName + "' for a " + type + " named '"
                    + pluginName + "', got '" + name + "'");
        }
        if (!PLAIN_VERSION.matcher(version).matches()) {
            // RubyGems rewrites "1.0-SNAPSHOT" only in some code paths, so the gem and jar names would disagree.
            throw new IllegalArgumentException("[version] must be plain X.Y.Z, got '" + version + "'");
        }
        checkPluginClass(pluginClass, pluginName);
        if (!PACKAGE_NAME.matcher(group).matches()) {
            throw new IllegalArgumentException("[group] must be a lower-case dotted package name, got '" + group + "'");
        }
        if (summary.isEmpty()) {
            throw new IllegalArgumentException("[summary] must not be blank");
        }
        if (summary.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("[summary] must not contain control characters");
        }
        if (!(homepage.startsWith("https://") || homepage.startsWith("http://"))
                || WHITE_SPACE.matcher(homepage).find() || homepage.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("[homepage] must be an http or https URL, got '" + homepage + "'");
        }
    }

    private static void requirePresent(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("[" + option + "] is required");
        }
    }

    private static void checkPluginClass(String pluginClass, String pluginName) {
        if (!JAVA_NAME.matcher(pluginClass).matches()) {
            throw new IllegalArgumentException("[plugin-class] must be a fully qualified Java class name, got '"
                    + pluginClass + "'");
        }
        for (String reserved : RESERVED_PACKAGES) {
            if (pluginClass.startsWith(reserved)) {
                // Logstash loads these packages from itself only, so the plugin class would never be found.
                throw new IllegalArgumentException("[plugin-class] must not be in a package reserved for Logstash ("
                        + reserved + "), got '" + pluginClass + "'");
            }
        }
        String simpleName = pluginClass.substring(pluginClass.lastIndexOf('.') + 1);
        if (!Character.isUpperCase(simpleName.charAt(0))) {
            throw new IllegalArgumentException("[plugin-class] simple name must start with an upper-case letter,"
                    + " because it also names the Ruby class, got '" + simpleName + "'");
        }
        // Logstash's registry accepts a Java plugin only when this holds (is_a_plugin?).
        if (!simpleName.toLowerCase(Locale.ROOT).equals(pluginName.replace("_", ""))) {
            throw new IllegalArgumentException("[plugin-class] simple name must equal the plugin name without '_',"
                    + " ignoring case; '" + simpleName + "' does not match '" + pluginName + "'");
        }
    }

    /** File name of the gem, as {@code gem build} would name it. */
    public String gemFileName() {
        return name + "-" + version + "-" + PLATFORM + ".gem";
    }

    /** File name of the single plugin jar; Logstash refuses to start unless the jar is named exactly this. */
    public String jarFileName() {
        return name + "-" + version + ".jar";
    }

    /** Path of the jar inside the gem, where {@code require_jar(group, name, version)} finds it. */
    public String jarPath() {
        return "vendor/jar-dependencies/" + group.replace('.', '/') + "/" + name + "/" + version + "/" + jarFileName();
    }

    /** Path of the Ruby file that Logstash requires when a pipeline names the plugin. */
    public String shimPath() {
        return "lib/logstash/" + type + "s/" + pluginName + ".rb";
    }

    /** Path of the Ruby file that puts the jar on JRuby's class path. */
    public String jarLoaderPath() {
        return "lib/" + name + "_jars.rb";
    }

    /** Path of the embedded gemspec that Bundler evaluates for gems installed from a local file. */
    public String gemspecPath() {
        return name + ".gemspec";
    }

    /** Every file in the gem, sorted as RubyGems sorts {@code spec.files}. */
    public List<String> files() {
        List<String> files = new ArrayList<>(List.of("LICENSE", "README.md", "VERSION", "docs/index.asciidoc",
                gemspecPath(), jarLoaderPath(), shimPath(), jarPath()));
        files.sort(null);
        return List.copyOf(files);
    }

    /** The gem metadata Logstash reads: it marks the gem as a Java plugin of one group. */
    public Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("logstash_plugin", "true");
        metadata.put("logstash_group", type);
        metadata.put("java_plugin", "true");
        return metadata;
    }

    /** Runtime dependencies; both gems ship with Logstash 8 and 9. */
    public List<Dependency> dependencies() {
        return List.of(
                new Dependency("logstash-core-plugin-api",
                        List.of(new Requirement(">=", "1.60"), new Requirement("<=", "2.99"))),
                new Dependency("jar-dependencies", List.of(new Requirement(">=", "0"))));
    }

    /** Simple name of the plugin class, also used as the name of the Ruby shim class. */
    public String rubyClassName() {
        return pluginClass.substring(pluginClass.lastIndexOf('.') + 1);
    }

    /** Ruby module that holds plugins of this type, for example {@code LogStash::Filters}. */
    public String rubyNamespace() {
        return "LogStash::" + Character.toUpperCase(type.charAt(0)) + type.substring(1) + "s";
    }

    /**
     * A runtime dependency on another gem.
     *
     * @param name         gem name
     * @param requirements all of which must hold
     */
    public record Dependency(String name, List<Requirement> requirements) {
    }

    /**
     * One version constraint, such as {@code >= 1.60}.
     *
     * @param operator RubyGems comparison operator
     * @param version  version compared against
     */
    public record Requirement(String operator, String version) {
    }
}
