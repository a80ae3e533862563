package io.github.ecsbridge.cli;

import io.github.ecsbridge.cli.MarkdownFences.Fence;
import java.util.ArrayList;
import java.util.List;

/**
 * A documented parse: a {@code log} block of one line, its info string optionally carrying {@code parse} options
 * ({@code ```log --log-type=mail_logs}), right before the {@code json} block of the document it gives.
 *
 * @param line         1-based line of the {@code log} block's opening fence
 * @param options      the {@code parse} options of the info string
 * @param input        the line
 * @param expectedJson the content of the {@code json} block
 */
record ParseExample(int line, List<String> options, String input, String expectedJson) {

    static final String LOG = "log";
    static final String JSON = "json";

    /** The examples among {@code fences}; a {@code log} block of several lines or without its json is none. */
    static List<ParseExample> in(List<Fence> fences) {
        List<ParseExample> examples = new ArrayList<>();
        for (int i = 0; i + 1 < fences.size(); i++) {
            Fence log = fences.get(i);
            Fence json = fences.get(i + 1);
            if (LOG.equals(log.language()) && log.lines().size() == 1 && !log.lines().get(0).isBlank()
                    && JSON.equals(json.language()) && json.adjoinsPrevious()) {
                examples.add(new ParseExample(log.line(), log.arguments(), log.lines().get(0), json.content()));
            }
        }
        return examples;
    }
}
