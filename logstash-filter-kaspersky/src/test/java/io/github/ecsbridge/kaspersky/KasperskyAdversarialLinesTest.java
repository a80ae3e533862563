package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One-megabyte lines built to hurt a scanner (long runs of separators and escapes, one key repeated, a huge value)
 * behind each product's real CEF header: each still gives one consistent result, with work linear in its length,
 * by the same checks as {@link KasperskyLineDecoderFuzzTest}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KasperskyAdversarialLinesTest {

    private static final int ONE_MB = 1 << 20;
    private static final List<String> RUNS = List.of(" ", "=", "\\", "|", "\"", "k=", " k=", "\\=", "cs1Label=x ");

    private final KasperskyLineDecoderFuzzTest property = new KasperskyLineDecoderFuzzTest();

    @Test
    void longRunsBehindEveryProductHeaderGiveOneResult() {
        for (String header : productHeaders()) {
            for (String run : RUNS) {
                String repeated = run.repeat(ONE_MB / run.length());
                check(header + repeated);
                check(header + "msg=" + repeated);
            }
        }
    }

    @Test
    void oneKeyRepeatedAndOneHugeValueGiveOneResult() {
        for (String header : productHeaders()) {
            check(header + "cs1=a cs1Label=b ".repeat(ONE_MB / 17));
            check(header + "msg=" + "x".repeat(ONE_MB) + " act=end");
        }
    }

    private void check(String line) {
        property.anyLineGivesOneConsistentResult(line.getBytes(StandardCharsets.UTF_8));
    }

    /** The first line of each sample file, cut after its CEF header: a header the mapping recognises. */
    private static List<String> productHeaders() {
        List<String> headers = new ArrayList<>();
        for (SampleFile file : SampleCorpus.standard().files("kaspersky")) {
            String line = file.lines().get(0).raw();
            int at = line.indexOf("CEF:");
            for (int pipes = 0; at >= 0 && pipes < 7; pipes++) {
                at = line.indexOf('|', at + 1);
            }
            if (at >= 0) {
                headers.add(line.substring(0, at + 1));
            }
        }
        return headers;
    }
}
