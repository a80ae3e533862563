package io.github.ecsbridge.gem;

import java.nio.file.Path;

/**
 * The files a gem is built from, besides what the packager generates.
 *
 * @param jar     the shaded plugin jar, already named {@code <gem>-<version>.jar}
 * @param readme  copied to {@code README.md}
 * @param license copied to {@code LICENSE}
 * @param docs    copied to {@code docs/index.asciidoc}
 */
record GemSources(Path jar, Path readme, Path license, Path docs) {
}
