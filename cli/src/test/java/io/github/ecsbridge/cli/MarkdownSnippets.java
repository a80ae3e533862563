package io.github.ecsbridge.cli;

import io.github.ecsbridge.cli.MarkdownFences.Fence;
import java.util.List;

/**
 * The snippets of one Markdown file that the docs test checks.
 *
 * @param file       the file's path from the project root, for messages
 * @param confBlocks the blocks fenced as {@code conf}: Logstash configurations or fragments of them
 * @param examples   the parse examples
 */
record MarkdownSnippets(String file, List<Fence> confBlocks, List<ParseExample> examples) {

    static final String CONF = "conf";

    static MarkdownSnippets of(String file, String markdown) {
        List<Fence> fences = MarkdownFences.in(markdown);
        return new MarkdownSnippets(file,
                fences.stream().filter(fence -> CONF.equals(fence.language())).toList(),
                ParseExample.in(fences));
    }
}
