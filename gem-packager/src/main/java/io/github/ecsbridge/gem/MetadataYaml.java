package io.github.ecsbridge.gem;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link GemSpecification} as the YAML {@code Gem::Specification} document stored in {@code metadata.gz}.
 *
 * <p>The fields and their order are those RubyGems 3.3 writes. The document uses only the tags that
 * {@code Gem::SafeYAML} accepts. Every string is quoted, because Logstash compares {@code logstash_plugin} with the
 * string {@code "true"} and an unquoted {@code true} would load as a boolean.
 */
final class MetadataYaml {

    /** The RubyGems line whose format is followed: JRuby 9.4 and Debian 12's Ruby 3.1 both ship RubyGems 3.3. */
    static final String RUBYGEMS_VERSION = "3.3.15";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS 'Z'").withZone(ZoneOffset.UTC);
    private static final List<GemSpecification.Requirement> ANY_VERSION =
            List.of(new GemSpecification.Requirement(">=", "0"));

    private MetadataYaml() {
    }

    static String render(GemSpecification spec) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("--- !ruby/object:Gem::Specification\n");
        yaml.append("name: ").append(YamlText.quote(spec.name())).append('\n');
        yaml.append("version: !ruby/object:Gem::Version\n");
        yaml.append("  version: ").append(YamlText.quote(spec.version())).append('\n');
        yaml.append("platform: ").append(YamlText.quote(GemSpecification.PLATFORM)).append('\n');
        yaml.append("authors:\n");
        yaml.append("- ").append(YamlText.quote(GemSpecification.AUTHOR)).append('\n');
        yaml.append("autorequire:\n");
        yaml.append("bindir: 'bin'\n");
        yaml.append("cert_chain: []\n");
        yaml.append("date: ").append(DATE.format(GemSpecification.BUILD_TIME)).append('\n');
        yaml.append("dependencies:\n");
        for (GemSpecification.Dependency dependency : spec.dependencies()) {
            yaml.append("- !ruby/object:Gem::Dependency\n");
            yaml.append("  name: ").append(YamlText.quote(dependency.name())).append('\n');
            appendRequirement(yaml, "  requirement", dependency.requirements());
            yaml.append("  type: :runtime\n");
            yaml.append("  prerelease: false\n");
            appendRequirement(yaml, "  version_requirements", dependency.requirements());
        }
        yaml.append("description: ").append(YamlText.quote(spec.summary())).append('\n');
        yaml.append("email:\n");
        yaml.append("executables: []\n");
        yaml.append("extensions: []\n");
        yaml.append("extra_rdoc_files: []\n");
        appendList(yaml, "files", spec.files());
        yaml.append("homepage: ").append(YamlText.quote(spec.homepage())).append('\n');
        appendList(yaml, "licenses", List.of(GemSpecification.LICENSE));
        yaml.append("metadata:\n");
        for (Map.Entry<String, String> entry : spec.metadata().entrySet()) {
            yaml.append("  ").append(entry.getKey()).append(": ").append(YamlText.quote(entry.getValue())).append('\n');
        }
        yaml.append("post_install_message:\n");
        yaml.append("rdoc_options: []\n");
        appendList(yaml, "require_paths", GemSpecification.REQUIRE_PATHS);
        appendRequirement(yaml, "required_ruby_version", ANY_VERSION);
        appendRequirement(yaml, "required_rubygems_version", ANY_VERSION);
        yaml.append("requirements: []\n");
        yaml.append("rubygems_version: ").append(YamlText.quote(RUBYGEMS_VERSION)).append('\n');
        yaml.append("signing_key:\n");
        yaml.append("specification_version: 4\n");
        yaml.append("summary: ").append(YamlText.quote(spec.summary())).append('\n');
        yaml.append("test_files: []\n");
        return yaml.toString();
    }

    private static void appendList(StringBuilder yaml, String key, List<String> values) {
        yaml.append(key).append(":\n");
        for (String value : values) {
            yaml.append("- ").append(YamlText.quote(value)).append('\n');
        }
    }

    /** {@code key} carries its own indentation; the requirement lines are indented two more spaces. */
    private static void appendRequirement(StringBuilder yaml, String key,
                                          List<GemSpecification.Requirement> requirements) {
        String indent = key.substring(0, key.length() - key.stripLeading().length()) + "  ";
        yaml.append(key).append(": !ruby/object:Gem::Requirement\n");
        yaml.append(indent).append("requirements:\n");
        for (GemSpecification.Requirement requirement : requirements) {
            yaml.append(indent).append("- - ").append(YamlText.quote(requirement.operator())).append('\n');
            yaml.append(indent).append("  - !ruby/object:Gem::Version\n");
            yaml.append(indent).append("    version: ").append(YamlText.quote(requirement.version())).append('\n');
        }
    }
}
