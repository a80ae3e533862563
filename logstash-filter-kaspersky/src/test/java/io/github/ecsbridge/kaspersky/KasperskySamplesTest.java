package io.github.ecsbridge.kaspersky;

import co.elastic.logstash.api.Event;
import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.samples.GoldenAssert;
import io.github.ecsbridge.samples.SampleCorpus;
import io.github.ecsbridge.samples.SampleFile;
import io.github.ecsbridge.testkit.EventDocuments;
import io.github.ecsbridge.testkit.TestConfiguration;
import io.github.ecsbridge.testkit.TestContext;
import io.github.ecsbridge.testkit.TestEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Runs every line of {@code samples/kaspersky} through the filter, once as the event the {@code cefsyslog} input
 * makes of it and once as a raw {@code message} from another input, and compares both with the expected documents.
 */
class KasperskySamplesTest {

    /** The raw line is kept on both paths, as the ingest pipelines keep it, so both engines share these documents. */
    private static final Kaspersky FILTER = new Kaspersky("golden",
            new TestConfiguration(Map.of("preserve_original", true)), new TestContext(), GoldenAssert.CLOCK);
    private static final MessageDecoder DECODER = new MessageDecoder(DecoderOptions.builder().zone(ZoneOffset.UTC)
            .clock(GoldenAssert.CLOCK).preserveOriginal(true).build());

    static Stream<SampleFile> sampleFiles() {
        List<SampleFile> files = SampleCorpus.standard().files("kaspersky");
        assertFalse(files.isEmpty(), "no samples under samples/kaspersky");
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void eventsDecodedByTheInputMatchTheExpectedDocuments(SampleFile file) {
        GoldenAssert.assertMatches(file, line -> filtered(cefsyslogEvent(line.raw())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void rawMessagesMatchTheExpectedDocuments(SampleFile file) {
        GoldenAssert.assertMatches(file, line -> filtered(
                new TestEvent(Map.of("message", line.raw(), "@timestamp", GoldenAssert.NOW.toString()))));
    }

    /** The decoded document with the frame in {@code @metadata}, as the input emits it. */
    private static Event cefsyslogEvent(String frame) {
        Map<String, Object> input = DECODER.decode(frame);
        input.put("@metadata", new HashMap<>(Map.of("cefsyslog", new HashMap<>(Map.of("original", frame)))));
        return new TestEvent(input);
    }

    private static Map<String, Object> filtered(Event event) {
        FILTER.filter(List.of(event), matched -> { });
        return EventDocuments.toPlainMap(event);
    }
}
