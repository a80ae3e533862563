package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliHelpTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"parse", "listen", "demo", "install", "notify"})
    void everyCommandHasHelpWithFormattedText(String command) {
        // picocli reports text it cannot format (an unescaped %) on System.err, then prints it raw.
        PrintStream standardError = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            run = CliRun.of("help", command);
        } finally {
            System.setErr(standardError);
        }

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: ecs-bridge-cli " + command), run.out());
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }

    @Test
    void notifyHelpShowsThePlaceholdersWithSinglePercentSigns() {
        String help = CliRun.of("help", "notify").out();

        for (String placeholder : List.of("%SEVERITY%", "%COMPUTER%", "%KLCSAK_EVENT_TASK_DISPLAY_NAME%")) {
            assertTrue(help.contains(placeholder), placeholder + " in\n" + help);
        }
        assertFalse(help.contains("%%"), help);
    }
}
