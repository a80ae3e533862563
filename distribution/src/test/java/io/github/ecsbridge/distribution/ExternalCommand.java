package io.github.ecsbridge.distribution;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds programs on the PATH and runs them, collecting their combined output. */
final class ExternalCommand {

    /** Generous bound so that a hung program fails the test instead of the whole build. */
    private static final long LIMIT_MINUTES = 5;

    private ExternalCommand() {
    }

    /**
     * Result of one run.
     *
     * @param exitCode the process exit code
     * @param output   standard output and standard error, interleaved
     */
    record Result(int exitCode, String output) {

        /** Output lines without blank ones. */
        List<String> lines() {
            return output.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    /** The executable {@code name} from the first PATH directory that has one. */
    static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code command} in {@code directory} with {@code environment} added to this JVM's environment. */
    static Result run(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("command", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + LIMIT_MINUTES + " minutes");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
