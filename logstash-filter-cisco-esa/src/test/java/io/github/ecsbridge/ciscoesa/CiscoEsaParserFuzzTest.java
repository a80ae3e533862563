package io.github.ecsbridge.ciscoesa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ecsbridge.ecs.EcsDocument;
import io.github.ecsbridge.fuzz.AllocationBound;
import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import io.github.ecsbridge.samples.SampleLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of every Cisco ESA log type parser, seeded with the Cisco ESA golden corpus. The first
 * input byte picks the parser: one forced to each type of {@link LogTypes} (as {@code log_type} does), or, past
 * them, the one that detects the type from the line. Every line gives exactly one document that keeps the line (when
 * it is not empty) and has a timestamp, nothing throws, and the work stays linear in the line's length.
 */
class CiscoEsaParserFuzzTest {

    private static final List<String> TYPES = CiscoEsaParser.builder().build().logTypes();
    private static final List<CiscoEsaParser> PARSERS = parsers();
    private static final AllocationBound LINEAR = new AllocationBound(256, 1024 * 1024);

    static Stream<byte[]> samples() {
        List<byte[]> seeds = new ArrayList<>();
        for (SampleFile file : SampleCorpus.standard().files("cisco_esa")) {
            int typed = TYPES.indexOf(file.type());
            for (SampleLine line : file.lines()) {
                seeds.add(seed(typed < 0 ? TYPES.size() : typed, line.raw()));
                seeds.add(seed(TYPES.size(), line.raw()));
            }
        }
        return seeds.stream();
    }

    @MethodSource("samples")
    @FuzzTest(maxDuration = "10s")
    void anyLineGivesOneDocument(byte[] input) {
        if (input.length == 0) {
            return;
        }
        CiscoEsaParser parser = PARSERS.get(Byte.toUnsignedInt(input[0]) % PARSERS.size());
        String line = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
        EcsDocument document = new EcsDocument();
        ParseOutcome[] outcome = new ParseOutcome[1];
        LINEAR.check(line.length(), () -> outcome[0] = parser.parseInto(line, null, document));

        assertNotNull(outcome[0]);
        assertNotNull(outcome[0].timestamp());
        assertNotNull(document.get("@timestamp"), "no @timestamp");
        // The writer leaves out empty strings, an empty line's original among them.
        assertEquals(line.isEmpty() ? null : line, document.get("event.original"), "the line is not kept");
    }

    private static List<CiscoEsaParser> parsers() {
        List<CiscoEsaParser> parsers = new ArrayList<>();
        for (String type : TYPES) {
            parsers.add(builder().logType(type).build());
        }
        parsers.add(builder().build());
        return List.copyOf(parsers);
    }

    private static CiscoEsaParser.Builder builder() {
        return CiscoEsaParser.builder().clock(GoldenAssert.CLOCK).preserveOriginal(true);
    }

    private static byte[] seed(int parser, String line) {
        byte[] text = line.getBytes(StandardCharsets.UTF_8);
        byte[] seed = new byte[text.length + 1];
        seed[0] = (byte) parser;
        System.arraycopy(text, 0, seed, 1, text.length);
        return seed;
    }
}
