package io.github.ecsbridge.cef;

import com.fluenda.parcefone.parser.CEFParser;
import io.github.ecsbridge.benchmarks.CorpusLines;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The CEF lines of the golden corpus in three groups, each cut to the text from {@code CEF:} on so that both parsers
 * read exactly the same characters (ParCEFone does not take a syslog header).
 *
 * <p>Only lines that both parsers accept are kept: a line on which ParCEFone throws would measure its exception
 * path, not its parser. {@link #rejectedByPeer()} says how many were left out.
 */
public enum CefCorpus {

    /** Up to 256 characters: the size of most Kaspersky and Cisco ESA events. */
    SHORT(line -> line.length() <= 256),
    /** 400 characters and more: mail events with many recipients, attachments and URLs. */
    LONG(line -> line.length() >= 400),
    /** Two backslash escapes or more: Windows paths, escaped {@code =} and pipes. */
    ESCAPES(line -> line.chars().filter(c -> c == '\\').count() >= 2);

    private final Predicate<String> selects;

    CefCorpus(Predicate<String> selects) {
        this.selects = selects;
    }

    /** The lines of this group that both parsers accept, from {@code CEF:} on. */
    public List<String> lines() {
        CEFParser peer = new CEFParser();
        List<String> kept = new ArrayList<>();
        for (String text : candidates()) {
            if (acceptedByBoth(text, peer)) {
                kept.add(text);
            }
        }
        return kept;
    }

    /** How many lines of this group ParCEFone rejects (returns null or throws) and are left out. */
    public int rejectedByPeer() {
        return candidates().size() - lines().size();
    }

    private List<String> candidates() {
        List<String> texts = new ArrayList<>();
        for (String line : CorpusLines.matching(line -> line.contains(CefScanner.MARKER))) {
            String text = line.substring(line.indexOf(CefScanner.MARKER));
            if (selects.test(text)) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static boolean acceptedByBoth(String text, CEFParser peer) {
        if (CefScanner.scan(text).hasError()) {
            return false;
        }
        try {
            return peer.parse(text, false) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
