package io.github.ecsbridge.kaspersky;

import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import io.github.ecsbridge.samples.GoldenAssert;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** Decodes and maps single lines in tests, with the clock of the golden corpus. */
final class TestLines {

    static final MessageDecoder DECODER = new MessageDecoder(
            DecoderOptions.builder().zone(ZoneOffset.UTC).clock(GoldenAssert.CLOCK).build());
    static final KasperskyMapper MAPPER = mapper("kaspersky", EcsCompatibility.V8);

    private TestLines() {
    }

    static KasperskyMapper mapper(String root, EcsCompatibility mode) {
        return new KasperskyMapper(root, ZoneOffset.UTC, Locale.ENGLISH, GoldenAssert.CLOCK, mode);
    }

    /** The document the input makes of a line. */
    static Map<String, Object> decoded(String line) {
        return DECODER.decode(line);
    }

    /** The document the input makes of a line, mapped by the default mapper. */
    static Map<String, Object> mapped(String line) {
        Map<String, Object> document = decoded(line);
        MAPPER.map(new EcsDocument(document));
        return document;
    }

    /** A field of a document by dotted name. */
    static Object field(Map<String, Object> document, String dotted) {
        return new EcsDocument(document).get(dotted);
    }
}
