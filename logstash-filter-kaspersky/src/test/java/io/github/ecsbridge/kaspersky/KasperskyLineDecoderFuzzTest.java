package io.github.ecsbridge.kaspersky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.fuzz.AllocationBound;
import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the Kaspersky mapping behind the filter, in ECS and legacy mode, seeded with the
 * Kaspersky golden corpus: every line gives exactly one result that is consistent with its status (a mapped line
 * keeps one whole document with a timestamp), nothing throws, and the work stays linear in the line's length.
 */
class KasperskyLineDecoderFuzzTest {

    private static final List<KasperskyLineDecoder> DECODERS = List.of(decoder(EcsCompatibility.V8),
            decoder(EcsCompatibility.DISABLED));
    private static final AllocationBound LINEAR = new AllocationBound(256, 1024 * 1024);

    static Stream<byte[]> samples() {
        return SampleCorpus.standard().files("kaspersky").stream()
                .map(SampleFile::lines)
                .flatMap(List::stream)
                .map(line -> line.raw().getBytes(StandardCharsets.UTF_8));
    }

    @MethodSource("samples")
    @FuzzTest(maxDuration = "10s")
    void anyLineGivesOneConsistentResult(byte[] input) {
        String line = new String(input, StandardCharsets.UTF_8);
        for (KasperskyLineDecoder decoder : DECODERS) {
            KasperskyLineDecoder.Result[] result = new KasperskyLineDecoder.Result[1];
            LINEAR.check(line.length(), () -> result[0] = decoder.decode(line, GoldenAssert.NOW));

            assertConsistent(result[0]);
        }
    }

    private static void assertConsistent(KasperskyLineDecoder.Result result) {
        assertNotNull(result);
        assertNotNull(result.status());
        switch (result.status()) {
            case MAPPED -> {
                assertNotNull(result.document());
                assertNotNull(result.product());
                assertNotNull(result.document().get("@timestamp"), "mapped without @timestamp");
                assertNull(result.failure());
                Object error = result.document().get("error") instanceof Map<?, ?> map ? map.get("message") : null;
                // Each message on its own: the fuzzer learns the marker from this very check and puts it in lines.
                List<?> messages = error instanceof List<?> list ? list : error == null ? List.of() : List.of(error);
                for (Object message : messages) {
                    assertFalse(String.valueOf(message).startsWith(MessageDecoder.INTERNAL_ERROR), message.toString());
                }
            }
            case FAILED -> {
                assertNull(result.document());
                assertNotNull(result.product());
                assertNotNull(result.failure());
            }
            default -> {
                assertEquals(KasperskyLineDecoder.Status.NOT_KASPERSKY, result.status());
                assertNull(result.document());
            }
        }
    }

    private static KasperskyLineDecoder decoder(EcsCompatibility mode) {
        DecoderOptions options = DecoderOptions.builder().zone(ZoneOffset.UTC).clock(GoldenAssert.CLOCK)
                .ecsCompatibility(mode).build();
        return new KasperskyLineDecoder(options, TestLines.mapper("kaspersky", mode));
    }
}
