package io.github.ecsbridge.cef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ecsbridge.benchmarks.CorpusLines;
import io.github.ecsbridge.benchmarks.Spread;
import io.github.ecsbridge.syslog.Rfc5424Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every benchmark has lines to read, and both parsers of a comparison accept all of them. */
class CorporaTest {

    @Test
    void everyCefGroupHasLinesFromTheMarkerOn() {
        for (CefCorpus corpus : CefCorpus.values()) {
            List<String> lines = corpus.lines();
            assertFalse(lines.isEmpty(), corpus.name());
            lines.forEach(line -> assertTrue(line.startsWith(CefScanner.MARKER), line));
        }
    }

    @Test
    void rfc5424LinesAreThere() {
        assertFalse(Rfc5424Corpus.lines().isEmpty());
    }

    @Test
    void everyCiscoEsaTypeAndKasperskyProductHasLines() {
        assertEquals(12, CorpusLines.types("cisco_esa").size());
        for (String type : CorpusLines.types("cisco_esa")) {
            assertFalse(CorpusLines.of("cisco_esa", type).isEmpty(), type);
        }
        assertEquals(List.of("kata", "kcs", "ksc", "ksmg"), CorpusLines.types("kaspersky"));
    }

    @Test
    void spreadIsTheMedianAndRange() {
        assertEquals(new Spread(2, 1, 10, 4), Spread.of(List.of(10.0, 1.0, 3.0, 1.0)));
        assertEquals(new Spread(3, 1, 10, 3), Spread.of(List.of(10.0, 1.0, 3.0)));
    }
}
