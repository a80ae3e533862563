package io.github.ecsbridge.ciscoesa;

import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One-megabyte lines built to hurt a parser (long runs of separators, quotes and escapes, one key repeated) after
 * each type's real header, through every parser: each still gives one document with work linear in its length, by
 * the same checks as {@link CiscoEsaParserFuzzTest}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CiscoEsaAdversarialLinesTest {

    private static final int ONE_MB = 1 << 20;
    private static final List<String> RUNS = List.of(" ", "=", "\\", ":", ",", "'", "\"", "<", "(", "[", "k=v ",
            "Info: ", "MID 1 ", "To: <a@b> ");

    private final CiscoEsaParserFuzzTest property = new CiscoEsaParserFuzzTest();

    @Test
    void longRunsAfterEveryTypesHeaderGiveOneDocument() {
        List<String> types = CiscoEsaParser.builder().build().logTypes();
        for (SampleFile file : SampleCorpus.standard().files("cisco_esa")) {
            String header = header(file.lines().get(0).raw());
            int parser = Math.max(0, types.indexOf(file.type()));
            for (String run : RUNS) {
                String repeated = run.repeat(ONE_MB / run.length());
                check(parser, header + repeated);
                check(types.size(), header + repeated);
            }
        }
    }

    private void check(int parser, String line) {
        byte[] text = line.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[text.length + 1];
        input[0] = (byte) parser;
        System.arraycopy(text, 0, input, 1, text.length);
        property.anyLineGivesOneDocument(input);
    }

    /** The line up to its level word ({@code Info: }, {@code Warning: }, ...) or its first colon and space. */
    private static String header(String line) {
        int at = line.indexOf(": ");
        return at < 0 ? "" : line.substring(0, at + 2);
    }
}
