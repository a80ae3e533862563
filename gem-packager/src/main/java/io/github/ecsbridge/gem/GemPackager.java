package io.github.ecsbridge.gem;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Command line that writes {@code <output>/<gem>-<version>-java.gem} for one Logstash Java plugin.
 *
 * <p>Every option is required: {@code --name --version --type --plugin-name --plugin-class --group --summary
 * --homepage --jar --readme --license --docs --output}, each as {@code --option=value}. Invalid arguments raise an
 * {@link IllegalArgumentException} whose message starts with the option in brackets. The tool never calls
 * {@code System.exit}, because Maven runs it inside its own JVM.
 */
public final class GemPackager {

    private GemPackager() {
    }

    /** Validates the arguments and writes the gem. */
    public static void main(String[] args) throws IOException {
        Path gem = run(args);
        System.out.println("[gem-packager] wrote " + gem);
    }

    static Path run(String... args) throws IOException {
        PackagerArguments arguments = PackagerArguments.parse(args);
        return GemWriter.write(arguments.specification(), arguments.sources(), arguments.output());
    }
}
