package io.github.ecsbridge.syslog;

import com.github.palindromicity.syslog.SyslogParserBuilder;
import io.github.ecsbridge.benchmarks.CorpusLines;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 5424 lines of the golden corpus (Kaspersky Security Center and KSMG, with and without structured data)
 * that both parsers accept; a line on which simple-syslog-5424 throws would measure its exception path.
 */
public final class Rfc5424Corpus {

    private Rfc5424Corpus() {
    }

    /** The lines both parsers read without an error. */
    public static List<String> lines() {
        com.github.palindromicity.syslog.SyslogParser peer = new SyslogParserBuilder().build();
        Rfc5424Parser ours = new Rfc5424Parser(ZoneOffset.UTC);
        List<String> kept = new ArrayList<>();
        for (String line : candidates()) {
            try {
                peer.parseLine(line);
            } catch (RuntimeException e) {
                continue;
            }
            if (ours.parse(line).warnings().isEmpty()) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** How many RFC 5424 lines of the corpus are left out because the peer rejects them. */
    public static int rejectedByPeer() {
        return candidates().size() - lines().size();
    }

    private static List<String> candidates() {
        return CorpusLines.matching(SyslogParser::looksLikeRfc5424);
    }
}
