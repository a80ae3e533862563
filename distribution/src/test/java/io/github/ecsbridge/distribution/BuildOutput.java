package io.github.ecsbridge.distribution;

import java.nio.file.Path;

/** Where the build put what these tests check; Maven passes the locations as system properties. */
final class BuildOutput {

    private BuildOutput() {
    }

    /** Directory holding the collected {@code <gem>-<version>-java.gem} files. */
    static Path gemsDir() {
        return Path.of(property("gems.dir"));
    }

    /** The offline pack zip. */
    static Path offlinePack() {
        return Path.of(property("offline.pack"));
    }

    /** Version of every gem. */
    static String version() {
        return property("gem.version");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("[" + name + "] system property is not set; run these tests with"
                    + " ./mvnw verify, which sets it in the failsafe configuration");
        }
        return value;
    }
}
