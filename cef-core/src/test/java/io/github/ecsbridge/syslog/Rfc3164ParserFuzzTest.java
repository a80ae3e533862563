package io.github.ecsbridge.syslog;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ecsbridge.fuzz.AllocationBound;
import io.github.ecsbridge.fuzz.SampleSeeds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@link Rfc3164Parser}, seeded with the golden corpus: any line gives one message whose
 * payload is the text at its offset, and the work stays linear in the line's length.
 */
class Rfc3164ParserFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Rfc3164Parser PARSER = new Rfc3164Parser(ZoneOffset.UTC, Locale.ENGLISH, CLOCK);
    private static final AllocationBound LINEAR = new AllocationBound(64, 256 * 1024);

    static Stream<byte[]> samples() {
        return SampleSeeds.lines();
    }

    @MethodSource("samples")
    @FuzzTest(maxDuration = "10s")
    void anyLineGivesOneConsistentMessage(byte[] input) {
        String line = new String(input, StandardCharsets.UTF_8);
        SyslogMessage[] result = new SyslogMessage[1];
        LINEAR.check(line.length(), () -> result[0] = PARSER.parse(line));

        ParsedMessages.assertConsistent(line, result[0]);
    }
}
