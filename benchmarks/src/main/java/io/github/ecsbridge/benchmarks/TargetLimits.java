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

    static final String KASPERSKY = "The decode and the mapping themselves. The filter maps the fields it needs as"
            + " `getField` hands them out and sets each top-level field it changed in one `setField`, so moving data"
            + " between event and map is down to about an eighth of the path. On the ksmg path `KasperskyMapper` is"
            + " about a third of the time (pairing values with table rows and labels about 10 %, typed writes,"
            + " categorisation and `related.*` the rest), `MessageDecoder` a little under a third, and building the"
            + " event from the input's map about a sixth, most of it parsing the ISO-8601 `@timestamp` string, as"
            + " Logstash's own event does. 500k events/s is 2 µs per event on one core, an order of magnitude below"
            + " the decode alone; it would take mapping Kaspersky keys while the CEF line is scanned, not a second"
            + " pass over a decoded document, and an input that hands Logstash a timestamp rather than text.";

    static final String CISCO = "The parse, not the event: each top-level object of the document now goes into the"
            + " event in one `setField`, merged key by key only where the event already has that object, and"
            + " field references are cached as Logstash caches them, so writing is about a fifth of the time."
            + " `CiscoEsaParser` is the rest: matching the line against the shapes of its log type, a substring,"
            + " table lookup and type conversion per value, and the document's nested maps; most types take 5 to"
            + " 9 µs per line, `status` and `consolidated_event` (dozens of key-value pairs per line) about 20 µs."
            + " 500k lines/s is 2 µs per line in all, which needs a parser that matches without building"
            + " substrings and writes typed values straight into the event's final maps.";

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
