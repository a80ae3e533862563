package io.github.ecsbridge.benchmarks;

/**
 * What limits each target when it is missed, from profiling the benchmarks with JFR (sampling every millisecond);
 * the report prints the text of the missed ones only.
 */
final class TargetLimits {

    static final String CEF = "The scanner makes one pass without regular expressions; what it spends is per key and"
            + " value: a map entry, a String per value and the dictionary lookup of each key. The ratio moves with"
            + " the host more than with either parser: between runs of this script on this machine, with the same"
            + " scanner, it has ranged from 10.6× to 28.6× on the short lines and from 12.4× to 14.8× on the long"
            + " ones, since each group is a few dozen lines measured for 3 s in one fork and load slows the two"
            + " parsers differently. ParCEFone's regular expressions are at their best on long text. Keeping 15× on"
            + " every group would need values kept as views on the line or a map built on demand, which changes"
            + " what `CefMessage` hands out.";

    static final String RFC5424 = "The peer's ANTLR parse is the cost on its side; ours has no setup per line left"
            + " to remove, so a miss here comes from the machine load, not the parser.";

    static final String KASPERSKY = "Spread thin now. The filter remembers, per product and within a fixed bound,"
            + " how an event's keys and labels pair with table rows (`BindingPlans`), reads a top-level field from"
            + " the event only when the mapping first asks for it (`EventRoots`), and finds products, severities and"
            + " field paths by index; its CPU per event fell by about a fifth (ksmg 16.7 to 13.1 µs, both builds"
            + " measured in turn in one JVM). What is left: the decoder, about a third of the path; copying fields"
            + " out of and into the event as Logstash's `getField` and `setField` do, about a fifth; building the"
            + " event from the input's map, about a sixth, most of it parsing the ISO-8601 `@timestamp` string as"
            + " Logstash does; and the mapping itself, no part of it over 4 %. 500k events/s is 2 µs per event on"
            + " one core, less than half of what the decode alone takes; it would take mapping Kaspersky keys while"
            + " the CEF line is scanned, events that are not copied on every read, and an input that hands Logstash"
            + " a timestamp rather than text.";

    static final String CISCO = "Spread out now. Shapes match without allocating until one wins, declared fields are"
            + " resolved to a type and a split path when the tables load, and times are read without substrings: 15"
            + " to 35 % less CPU and 3 to 20 % fewer bytes per line than before. What is left: matching (greedy"
            + " captures scanning back, literal comparisons) about a sixth, writes into nested maps about a seventh,"
            + " the deep copy of `setField` about a fifth, and for `consolidated_event` and `status`, whose lines"
            + " carry dozens of key-value pairs, the split and conversion of each pair (10 to 20 µs per line). 2 µs"
            + " per line would need documents that are not nested maps copied into the event.";

    static final String TCP = "CPU: the sender, Netty's I/O threads and the decoders share 2 cores, and the decode"
            + " (syslog, CEF and ECS for every line) is about 70 % of the input's CPU (JFR), framing and UTF-8 about"
            + " 15 %. While fewer connections than cores are busy, a connection's batches are decoded on every core"
            + " and pushed in order, so a single relay connection is not bound to one core; on 2 cores shared with"
            + " the sender that moves one connection within the machine's noise. rsyslog's imtcp parses only the"
            + " syslog header, in C, and maps nothing, while every line here gets the full syslog, CEF and ECS"
            + " decode.";

    static final String HEAP = "The run has to bring all 10M events in within its time limit; a slower input is cut"
            + " short, which counts as missed even when the heap stayed small (see the heap after GC).";

    private TargetLimits() {
    }
}
