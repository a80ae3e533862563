package io.github.ecsbridge.benchmarks;

/**
 * What limits each target when it is missed, from profiling the benchmarks with JFR (sampling every millisecond);
 * the report prints the text of the missed ones only.
 */
final class TargetLimits {

    static final String CEF = "ParCEFone is fast where its regular expressions do one pass over long text, so the"
            + " ratio moves with the line mix, and each group holds only a few dozen lines. What the scanner"
            + " still spends is per key and value: a map entry, a String per value, the dictionary lookup of each"
            + " key and the pairing of labels with their slots, about 4.5 ns per character of a long line. Keeping"
            + " 15× on every group would need values kept as views on the line or a map built on demand, which"
            + " changes what `CefMessage` hands out.";

    static final String RFC5424 = "The peer's ANTLR parse is the cost on its side; ours has no setup per line left"
            + " to remove, so a miss here comes from the machine load, not the parser.";

    static final String KASPERSKY = "The filter, not the decoder: on the ksmg path `MessageDecoder` is about 16 % of"
            + " the time, `KasperskyMapper` about 30 %, and reading the event into a map, copying it and writing the"
            + " changes back through field references (`EventFields.read`, `copy`, `writeChanges`; the testkit"
            + " event parses each reference and its `@timestamp`) about 40 %. 500k events/s is 2 µs per event on"
            + " one core; it needs the filter to map from the decoded document without the round trip through the"
            + " event, in the `kaspersky` module.";

    static final String CISCO = "Writing the parsed document into the event is about two thirds of the time"
            + " (`EcsDocument.forEachLeaf`, then a field reference built and parsed per leaf for `Event.setField`);"
            + " `CiscoEsaParser` itself is about a fifth, 2 to 3 µs per line. 500k lines/s is 2 µs per line in all,"
            + " so the `cisco_esa` filter would have to set fields through prepared references, and the per-call"
            + " reference parsing of the testkit event would have to be cached as Logstash caches its references.";

    static final String TCP = "CPU: the sender, Netty's I/O threads and the dispatch threads share 2 cores, and"
            + " decoding is about two thirds of the input's CPU (JFR), framing and UTF-8 most of the rest. With one"
            + " connection, frames are decoded in order on one dispatch thread, so one core's decode rate bounds it."
            + " rsyslog's imtcp parses only the syslog header, in C, and maps nothing, while every line here gets the"
            + " full syslog, CEF and ECS decode. The machine load above takes its share too.";

    static final String HEAP = "The run has to bring all 10M events in within its time limit; a slower input is cut"
            + " short, which counts as missed even when the heap stayed small (see the heap after GC).";

    private TargetLimits() {
    }
}
