package io.github.ecsbridge.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial input: the parser must return a message for anything, and its payload must be the text it
 * claims to be at the offset it claims. Seeds are fixed, so a failure repeats.
 */
class SyslogParserRobustnessTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final SyslogParser PARSER = new SyslogParser(ZoneOffset.UTC, Locale.ENGLISH, CLOCK);
    private static final int ONE_MB = 1 << 20;

    /** Fragments that steer random lines into every branch of the scanners. */
    private static final String[] FRAGMENTS = {
        "<", ">", "<13>", "<191>", "<999>", "1 ", "-", " ", "  ", "[", "]", "\"", "\\", "=", ":", "|", "CEF:",
        "CEF:0|", "Jan", "July", "Tue", " 16,", " 2017", " 10:34:23", ".123", ",9", "Z", "+02:00", "-0530", "UTC",
        "+18:59", "+1859", "2024-07-04T09:16:35.992Z", "2022-02-11 19:12:22", "host", "app[12]:", "KSMG:", "x@1",
        " a=\"", "\uFEFF", "\r", "\n", "\0", "\u00e9", "\uD83D\uDE00", "\uD83D", "0", "99", "60", "T",
    };

    @Test
    void randomFragmentLinesNeverBreakTheParser() {
        Random random = new Random(20260601L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            int parts = random.nextInt(24);
            for (int p = 0; p < parts; p++) {
                line.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            assertConsistent(line.toString());
        }
    }

    @Test
    void randomBytesNeverBreakTheParser() {
        Random random = new Random(514L);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            assertConsistent(new String(bytes, StandardCharsets.UTF_8));
            assertConsistent(new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void longRunsOfSyntaxCharactersAreLinear() {
        List<String> lines = new ArrayList<>();
        for (String run : List.of("<", " ", "[", "\"", "\\", "-", ":", "1", "a", "=")) {
            String repeated = run.repeat(ONE_MB);
            lines.add(repeated);
            lines.add("<13>" + repeated);
            lines.add("<13>1 - - - - - " + repeated);
            lines.add("<13>1 - - - - - [x@1 a=\"" + repeated);
            lines.add("<13>Jan  1 00:00:00 " + repeated);
            lines.add("Jan  1 00:00:00 host " + repeated);
        }
        lines.add("<13>1 - - - - - " + "[a b=\"c\"]".repeat(ONE_MB / 9));
        lines.add("<13>1 - - - - - [a" + " b=\"c\"".repeat(ONE_MB / 6) + "]");
        for (String line : lines) {
            assertConsistent(line);
        }
    }

    @Test
    void oneMegabyteLineKeepsItsWholePayload() {
        String text = "x".repeat(ONE_MB);
        SyslogMessage message = PARSER.parse("<13>Jan  1 00:00:00 host app: " + text);

        assertEquals(text, message.payload());
        assertEquals("app", message.appName());
    }

    @Test
    void dateAndYearFollowedOnlyBySpacesIsTextNotAHeader() {
        SyslogMessage message = PARSER.parse("Jul 2 2017 ");

        assertEquals(SyslogFormat.NONE, message.format());
        assertEquals("Jul 2 2017 ", message.payload());
        assertEquals(List.of(), message.warnings());
    }

    @Test
    void nullAndEmptyLinesGiveAnEmptyMessage() {
        for (String line : new String[] {null, "", "\n", "\r\n", "\uFEFF"}) {
            SyslogMessage message = PARSER.parse(line);

            assertEquals(SyslogFormat.NONE, message.format());
            assertEquals("", message.payload());
            assertEquals(List.of(), message.warnings());
        }
    }

    private static void assertConsistent(String line) {
        ParsedMessages.assertConsistent(line, PARSER.parse(line));
    }
}
