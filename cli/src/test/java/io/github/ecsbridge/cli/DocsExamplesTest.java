package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.ecsbridge.samples.GoldenAssert;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The snippets of the Markdown docs hold: every {@code conf} block names only settings its plugins have, and every
 * one-line {@code log} block followed by a {@code json} block parses into that document. The clock is the golden
 * corpus's, so year-less syslog dates get the year 2026.
 */
class DocsExamplesTest {

    @TestFactory
    Stream<DynamicContainer> everyConfBlockNamesOnlySettingsItsPluginsHave() {
        ConfBlockCheck check = new ConfBlockCheck(PluginOptions.ofThisProject());
        return docs().stream()
                .filter(doc -> !doc.confBlocks().isEmpty())
                .map(doc -> dynamicContainer(doc.file() + ": " + count(doc.confBlocks(), "conf block"),
                        doc.confBlocks().stream().map(conf -> dynamicTest(
                                "line " + conf.line() + ": " + check.describe(conf),
                                () -> assertNone(check.problems(doc.file(), conf))))));
    }

    @TestFactory
    Stream<DynamicContainer> everyLogExampleParsesIntoItsJsonDocument() {
        ParseExampleCheck check = new ParseExampleCheck(new FixedClockPlugins(GoldenAssert.CLOCK));
        return docs().stream()
                .filter(doc -> !doc.examples().isEmpty())
                .map(doc -> dynamicContainer(doc.file() + ": " + count(doc.examples(), "example"),
                        doc.examples().stream().map(example -> dynamicTest(
                                "line " + example.line() + ": " + abbreviate(example),
                                () -> assertNone(check.problems(doc.file(), example))))));
    }

    @Test
    void theDocsHoldConfBlocksAndExamplesSoTheChecksCannotPassOnNothing() {
        List<MarkdownSnippets> docs = docs();
        List<String> files = docs.stream().map(MarkdownSnippets::file).toList();
        assertTrue(docs.stream().anyMatch(doc -> !doc.confBlocks().isEmpty()), "no ```conf block in " + files);
        assertTrue(docs.stream().anyMatch(doc -> !doc.examples().isEmpty()),
                "no ```log block followed by a ```json block in " + files);
    }

    /** Read by each test, so that a missing project root fails the tests with its own message. */
    private static List<MarkdownSnippets> docs() {
        return ProjectDocs.read(ProjectDocs.root());
    }

    private static void assertNone(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    private static String count(List<?> items, String noun) {
        return items.size() + " " + noun + (items.size() == 1 ? "" : "s");
    }

    private static String abbreviate(ParseExample example) {
        String options = example.options().isEmpty() ? "" : String.join(" ", example.options()) + " ";
        String input = example.input().length() <= 60 ? example.input() : example.input().substring(0, 57) + "...";
        return options + input;
    }
}
