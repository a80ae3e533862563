package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The shape templates: where each kind of capture ends, and which templates are refused. */
class LineTemplateTest {

    @Test
    void textCaptureEndsAtTheFirstFollowingLiteralAndGreedyAtTheLast() {
        assertArrayEquals(new String[] {"a", "b: c"}, match(LineTemplate.compile("{x}: {y}", false), "a: b: c"));
        assertArrayEquals(new String[] {"a: b", "c"}, match(LineTemplate.compile("{x:greedy}: {y}", false), "a: b: c"));
    }

    @Test
    void literalEndingTheTemplateMustEndTheMessage() {
        LineTemplate template = LineTemplate.compile("Subject \"{s}\"", false);
        assertArrayEquals(new String[] {"say \"hi\" twice"}, match(template, "Subject \"say \"hi\" twice\""));
        assertNull(match(template, "Subject \"unterminated"));
    }

    @Test
    void placeCountsOnlyWhereTheFollowingClassCaptureMatches() {
        LineTemplate template = LineTemplate.compile("{subject:greedy} {ip:ip}:{port:num} - ({d})", false);
        assertArrayEquals(new String[] {"SSL error with client", "1.128.3.4", "000", "x (y) z"},
                match(template, "SSL error with client 1.128.3.4:000 - (x (y) z)"));
    }

    @Test
    void classCapturesTakeTheLongestRunAndNeedOneCharacter() {
        LineTemplate template = LineTemplate.compile("{w:word}{s:spaces}{n:num} {u:user} {t:token}", false);
        assertArrayEquals(new String[] {"sophos", "  ", "-12.5", "j.doe-adm", "a:b/c"},
                match(template, "sophos  -12.5 j.doe-adm a:b/c"));
        assertNull(match(template, "sophos -12.5  j.doe a"));
        assertNull(match(LineTemplate.compile("MID {n:num} x", false), "MID  x"));
    }

    @Test
    void ipCaptureReadsIpv4BeforeAPortAndIpv6() {
        LineTemplate template = LineTemplate.compile("{a:ip}:{p:num} {b:ip}", false);
        assertArrayEquals(new String[] {"10.0.0.1", "25", "2001:db8::1"}, match(template, "10.0.0.1:25 2001:db8::1"));
        assertNull(match(template, "10.0.0.300:25 2001:db8::1"));
    }

    @Test
    void optionalLiteralMayBeAbsentAndLiteralsMayIgnoreCase() {
        LineTemplate template = LineTemplate.compile("MID = {m:num}{?,} File mime[{t}]", true);
        assertArrayEquals(new String[] {"1", "text/plain"}, match(template, "MID = 1, File mime[text/plain]"));
        assertArrayEquals(new String[] {"1", "text/plain"}, match(template, "mid = 1 file MIME[text/plain]"));
        assertNull(match(LineTemplate.compile("MID = {m:num}", false), "mid = 1"));
    }

    @Test
    void lastTextCaptureTakesTheRestAndMayBeEmpty() {
        assertArrayEquals(new String[] {"Info", ""}, match(LineTemplate.compile("{l:word}:{rest}", false), "Info:"));
    }

    @Test
    void namesUseTheVendorShorthand() {
        assertArrayEquals(new String[] {"cisco_secure_email_gateway.log.subject", "email.subject"},
                LineTemplate.compile("{~.subject} {email.subject}", false).names());
    }

    @Test
    void textCaptureWithoutLiteralAfterItIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LineTemplate.compile("{a}{b:word}", false));
        assertEquals("capture 'a' must be followed by literal text or end the template", e.getMessage());
        assertEquals("unknown capture kind 'digits' at position 0",
                assertThrows(IllegalArgumentException.class, () -> LineTemplate.compile("{a:digits}", false))
                        .getMessage());
        assertEquals("the text before capture 'b' must not end in a character that capture takes",
                assertThrows(IllegalArgumentException.class, () -> LineTemplate.compile("{a} x{b:word}", false))
                        .getMessage());
        assertEquals("unclosed '{' at position 2",
                assertThrows(IllegalArgumentException.class, () -> LineTemplate.compile("x {a", false)).getMessage());
    }

    @Test
    void longMessageWithManyNearMissesStillResolves() {
        // Each failed candidate place costs one local check, never a retry of the whole template.
        String message = " x".repeat(50_000) + " 10.0.0.1:25 - (end)";
        assertArrayEquals(new String[] {" x".repeat(50_000).substring(1), "10.0.0.1", "25", "end"},
                match(LineTemplate.compile("{s} {ip:ip}:{port:num} - ({d})", false), message.substring(1)));
    }

    /** The capture values by slot when the whole message has the template's shape, otherwise {@code null}. */
    private static String[] match(LineTemplate template, String text) {
        int[] bounds = new int[template.names().length * 2];
        return template.matches(text, bounds) ? template.values(text, bounds) : null;
    }
}
