package io.github.ecsbridge.cli;

import io.github.ecsbridge.cli.LogstashConfigReader.Block;
import io.github.ecsbridge.cli.LogstashConfigReader.Setting;
import io.github.ecsbridge.cli.MarkdownFences.Fence;
import java.util.ArrayList;
import java.util.List;

/** Finds the settings of a conf block that the project's plugins named in it do not have. */
final class ConfBlockCheck {

    private final PluginOptions options;

    ConfBlockCheck(PluginOptions options) {
        this.options = options;
    }

    /** One message per unknown setting or syntax error, naming the file and the line; empty when all is well. */
    List<String> problems(String file, Fence conf) {
        List<Block> blocks;
        try {
            blocks = LogstashConfigReader.read(conf.content(), conf.firstContentLine());
        } catch (LogstashConfigReader.SyntaxError e) {
            return List.of(file + ":" + e.line() + ": the conf block of line " + conf.line()
                    + " is not a Logstash configuration: " + e.problem());
        }
        List<String> problems = new ArrayList<>();
        for (Block block : blocks) {
            if (!options.covers(block.name())) {
                continue;
            }
            for (Setting setting : block.settings()) {
                if (!options.accepts(block.name(), setting.name())) {
                    problems.add(file + ":" + setting.line() + ": " + block.name()
                            + " has no setting '" + setting.name() + "'; its settings are "
                            + options.of(block.name()));
                }
            }
        }
        return problems;
    }

    /** The project's plugin blocks of a conf block, for a test name: {@code cefsyslog, cisco_esa}. */
    String describe(Fence conf) {
        try {
            List<String> names = LogstashConfigReader.read(conf.content()).stream()
                    .map(Block::name)
                    .filter(options::covers)
                    .toList();
            return names.isEmpty() ? "no plugin of this project" : String.join(", ", names);
        } catch (LogstashConfigReader.SyntaxError e) {
            return "unreadable";
        }
    }
}
