package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ecsbridge.samples.GoldenAssert;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of {@link DocsExamplesTest} on small Markdown texts: they pass on good snippets and fail on bad ones. */
class DocsChecksTest {

    private static final String SSHD_LINE =
            "<34>1 2026-05-30T09:21:00.000Z web01.example.com sshd 4242 - - Accepted publickey for alice";

    private static final String SSHD_DOCUMENT = """
            {"@timestamp": "2026-05-30T09:21:00.000Z", "@version": "1",
             "log": {"syslog": {"appname": "sshd", "facility": {"code": 4, "name": "security/authorization"},
              "hostname": "web01.example.com", "priority": 34, "procid": "4242",
              "severity": {"code": 2, "name": "Critical"}, "version": "1"}},
             "message": "Accepted publickey for alice"}
            """;

    private final ConfBlockCheck confCheck = new ConfBlockCheck(PluginOptions.ofThisProject());
    private final ParseExampleCheck exampleCheck = new ParseExampleCheck(new FixedClockPlugins(GoldenAssert.CLOCK));

    @Test
    void anUnknownSettingIsReportedWithFileLineAndName() {
        MarkdownSnippets guide = MarkdownSnippets.of("guide.md", """
                # Guide

                ```conf
                filter {
                  cisco_esa {
                    timezon => "Europe/Paris"
                  }
                }
                ```
                """);

        List<String> problems = confCheck.problems(guide.file(), guide.confBlocks().get(0));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("guide.md:6: cisco_esa has no setting 'timezon'; its settings are ["),
                problems.get(0));
        assertTrue(problems.get(0).contains("timezone"), problems.get(0));
    }

    @Test
    void settingsThePluginsHaveAndPluginsOfOthersPass() {
        MarkdownSnippets guide = MarkdownSnippets.of("guide.md", """
                ```conf
                input { cefsyslog { port => 5514 id => "esa" } }
                filter { kaspersky { } cisco_esa { timezone => "UTC" add_tag => ["esa"] } }
                output { elasticsearch { anything_goes => true } }
                ```
                """);

        assertEquals(List.of(), confCheck.problems(guide.file(), guide.confBlocks().get(0)));
        assertEquals("cefsyslog, kaspersky, cisco_esa", confCheck.describe(guide.confBlocks().get(0)));
    }

    @Test
    void aConfBlockThatIsNoConfigurationIsReportedWithTheLineInTheFile() {
        MarkdownSnippets guide = MarkdownSnippets.of("guide.md", """
                Text.

                ```conf
                cefsyslog {
                  port => 5514
                ```
                """);

        assertEquals(List.of("guide.md:5: the conf block of line 3 is not a Logstash configuration: the '{' of line 4 "
                + "is never closed"), confCheck.problems(guide.file(), guide.confBlocks().get(0)));
    }

    @Test
    void aDocumentedParseThatHoldsPasses() throws IOException {
        MarkdownSnippets guide = MarkdownSnippets.of("guide.md", example("log", SSHD_LINE, SSHD_DOCUMENT));

        assertEquals(List.of(), exampleCheck.problems(guide.file(), guide.examples().get(0)));
    }

    @Test
    void aChangedDocumentValueIsReportedWithFileLineAndField() throws IOException {
        MarkdownSnippets guide = MarkdownSnippets.of("guide.md",
                example("log", SSHD_LINE, SSHD_DOCUMENT.replace("\"4242\"", "\"4243\"")));

        List<String> problems = exampleCheck.problems(guide.file(), guide.examples().get(0));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("guide.md:3: parse prints another document than the json block"),
                problems.get(0));
        assertTrue(problems.get(0).contains("~ log.syslog.procid: expected \"4243\", got \"4242\""), problems.get(0));
    }

    @Test
    void aMissingAndAnExtraFieldAreReported() throws IOException {
        String document = SSHD_DOCUMENT.replace("\"message\": \"Accepted publickey for alice\"", "\"tags\": [\"x\"]");
        MarkdownSnippets guide = MarkdownSnippets.of("guide.md", example("log", SSHD_LINE, document));

        String problem = exampleCheck.problems(guide.file(), guide.examples().get(0)).get(0);

        assertTrue(problem.contains("- tags: [x]"), problem);
        assertTrue(problem.contains("+ message: \"Accepted publickey for alice\""), problem);
    }

    @Test
    void theOptionsOfTheInfoStringReachParseAndTheClockIsFixed() throws IOException {
        // Without a time in the line, @timestamp is the time of receipt: the fixed clock's.
        MarkdownSnippets guide = MarkdownSnippets.of("guide.md", example("log --log-type=mail_logs",
                "Start MID 6 ICID 5", """
                {"@timestamp": "2026-06-01T00:00:00.000Z", "@version": "1",
                 "cisco_secure_email_gateway": {"log": {"category": {"name": "mail_logs"},
                  "connection_status": "Start", "injection_connection_id": "5", "message": "Start MID 6 ICID 5"}},
                 "data_stream": {"dataset": "cisco_secure_email_gateway.log"}, "ecs": {"version": "8.17.0"},
                 "email": {"message_id": "6"},
                 "event": {"dataset": "cisco_secure_email_gateway.log", "kind": "event",
                  "module": "cisco_secure_email_gateway", "timezone": "UTC"}}
                """));

        assertEquals(List.of("--log-type=mail_logs"), guide.examples().get(0).options());
        assertEquals(List.of(), exampleCheck.problems(guide.file(), guide.examples().get(0)));
    }

    @Test
    void onlyOneLineLogBlocksRightBeforeAJsonBlockAreExamples() {
        MarkdownSnippets guide = MarkdownSnippets.of("guide.md", """
                ```log
                first line
                second line
                ```
                ```json
                {}
                ```

                ```log
                one line
                ```
                Some words between.
                ```json
                {}
                ```

                ~~~log
                the example
                ~~~

                ```json
                {"message": "the example"}
                ```
                """);

        assertEquals(List.of(new ParseExample(17, List.of(), "the example", "{\"message\": \"the example\"}")),
                guide.examples());
    }

    private static String example(String info, String line, String json) {
        return "Text.\n\n```" + info + "\n" + line + "\n```\n\n```json\n" + json + "```\n";
    }
}
