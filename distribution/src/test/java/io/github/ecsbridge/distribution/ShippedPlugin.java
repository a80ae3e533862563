package io.github.ecsbridge.distribution;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the Logstash plugins this project ships, with the names its gem must carry.
 *
 * @param gem         gem name
 * @param type        Logstash plugin type
 * @param pluginName  name used in pipeline configurations
 * @param pluginClass fully qualified Java class
 */
record ShippedPlugin(String gem, String type, String pluginName, String pluginClass) {

    static final List<ShippedPlugin> ALL = List.of(
            new ShippedPlugin("logstash-input-cefsyslog", "input", "cefsyslog",
                    "io.github.ecsbridge.cefsyslog.Cefsyslog"),
            new ShippedPlugin("logstash-filter-kaspersky", "filter", "kaspersky",
                    "io.github.ecsbridge.kaspersky.Kaspersky"),
            new ShippedPlugin("logstash-filter-cisco_esa", "filter", "cisco_esa",
                    "io.github.ecsbridge.ciscoesa.CiscoEsa"));

    static final String GROUP = "io.github.ecsbridge";

    String version() {
        return BuildOutput.version();
    }

    String gemFileName() {
        return gem + "-" + version() + "-java.gem";
    }

    Path gemFile() {
        return BuildOutput.gemsDir().resolve(gemFileName());
    }

    String jarFileName() {
        return gem + "-" + version() + ".jar";
    }

    String jarPath() {
        return "vendor/jar-dependencies/" + GROUP.replace('.', '/') + "/" + gem + "/" + version() + "/" + jarFileName();
    }

    String shimPath() {
        return "lib/logstash/" + type + "s/" + pluginName + ".rb";
    }

    String jarLoaderPath() {
        return "lib/" + gem + "_jars.rb";
    }

    String gemspecPath() {
        return gem + ".gemspec";
    }

    String classSimpleName() {
        return pluginClass.substring(pluginClass.lastIndexOf('.') + 1);
    }

    String rubyNamespace() {
        return "LogStash::" + Character.toUpperCase(type.charAt(0)) + type.substring(1) + "s";
    }

    /** Files every gem must hold, sorted as RubyGems sorts them. */
    List<String> expectedFiles() {
        return List.of("LICENSE", "README.md", "VERSION", "docs/index.asciidoc", jarLoaderPath(), shimPath(),
                gemspecPath(), jarPath());
    }

    @Override
    public String toString() {
        return gem;
    }
}
