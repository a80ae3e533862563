package io.github.ecsbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ecsbridge.cef.CefCorpus;
import io.github.ecsbridge.syslog.Rfc5424Corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code BENCHMARKS.md} from the JMH results, the load generator's results and the load averages
 * {@code run.sh} noted before each phase: the machine, every figure as a median with its range, the ratios against
 * the peers, and each target met or missed with what limits it.
 *
 * <pre>
 * ReportWriter --jmh=jmh.json --load=load.json --phases=phases.txt --command="benchmarks/run.sh"
 *              --elapsed-seconds=540 --output=BENCHMARKS.md
 * </pre>
 */
public final class ReportWriter {

    private static final String[] KASPERSKY = {"ksmg", "kata", "kcs", "ksc"};
    private static final double MB = 1024.0 * 1024.0;

    private final JmhResults jmh;
    private final LoadResults load;
    private final Map<String, String> args;
    private final StringBuilder out = new StringBuilder();
    private final List<String[]> targets = new ArrayList<>();

    private ReportWriter(Map<String, String> args) throws Exception {
        this.args = args;
        this.jmh = JmhResults.read(Path.of(args.get("jmh")));
        this.load = LoadResults.read(Path.of(args.get("load")));
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : argv) {
            int equals = arg.indexOf('=');
            args.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        ReportWriter writer = new ReportWriter(args);
        Files.writeString(Path.of(args.get("output")), writer.render(), StandardCharsets.UTF_8);
    }

    private String render() throws Exception {
        String parsers = parserSections();
        String products = productSections();
        String input = inputSection();
        line("# Benchmarks");
        line("");
        long elapsed = Long.parseLong(args.get("elapsed-seconds"));
        line("Written by `" + args.get("command") + "` on " + LocalDate.now(ZoneOffset.UTC) + "; the whole run took "
                + elapsed / 60 + " min " + elapsed % 60 + " s. To repeat it, from the repository root:");
        line("");
        line("    " + args.get("command"));
        line("");
        machine();
        targetTable();
        out.append(parsers).append(products).append(input);
        method();
        return out.toString();
    }

    private void machine() throws Exception {
        line("## Machine");
        line("");
        line("| | |");
        line("|---|---|");
        line("| CPU | " + MachineInfo.cpuModel() + ", " + MachineInfo.cores() + " cores as the JVM sees them |");
        line("| Memory | " + MachineInfo.memory() + " |");
        line("| JDK | " + MachineInfo.jdk() + " |");
        line("| OS | " + MachineInfo.os() + " |");
        for (String phase : Files.readAllLines(Path.of(args.get("phases")), StandardCharsets.UTF_8)) {
            int tab = phase.indexOf('\t');
            if (tab > 0) {
                line("| Load average (1, 5, 15 min) " + phase.substring(0, tab) + " | " + phase.substring(tab + 1)
                        + " |");
            }
        }
        line("");
        line("The machine is shared with other builds. With " + MachineInfo.cores() + " cores, a load average above "
                + MachineInfo.cores() + " means the benchmarks had less than the whole machine, so every figure is a"
                + " lower bound of what this hardware can do; the ranges show how much the load moved them.");
        line("");
    }

    private void targetTable() {
        line("## Targets");
        line("");
        line("| target | measured (median) | status |");
        line("|---|---|---|");
        for (String[] target : targets) {
            line("| " + target[0] + " | " + target[1] + " | " + target[2] + " |");
        }
        line("");
        List<String[]> missed = targets.stream().filter(t -> t[2].equals("missed")).toList();
        if (!missed.isEmpty()) {
            line("### What limits the missed targets");
            line("");
            for (String[] target : missed) {
                line("- **" + target[0] + "** " + target[3]);
            }
            line("");
        }
    }

    private String parserSections() {
        StringBuilder section = new StringBuilder();
        section.append("## Parsers against their Java peers (JMH)\n\n");
        section.append("One line per operation, cycling through the lines listed; ").append(jmh.settings(
                "CefScannerBenchmark")).append(". Figures: median of the measured iterations (min–max), in thousand"
                + " lines per second; bytes allocated per line from `-prof gc`.\n\n");
        section.append("### CEF: `CefScanner.scan` against ParCEFone 3.1.0 `CEFParser.parse(line, false)`\n\n");
        section.append("ParCEFone also converts extension values to Java types; the typed column adds the same step on"
                + " our side (`CefEcsMapper` into an ECS document).\n\n");
        section.append("| lines (left out: ParCEFone fails) | ecs-bridge scan | ParCEFone | ratio"
                + " | ecs-bridge scan + typed ECS | ratio | bytes/line: scan, typed, ParCEFone |\n"
                + "|---|---|---|---|---|---|---|\n");
        List<String> ratios = new ArrayList<>();
        boolean cefMet = true;
        for (CefCorpus corpus : CefCorpus.values()) {
            Spread ours = jmh.throughput("CefScannerBenchmark", "ecsBridge", corpus.name());
            Spread typed = jmh.throughput("CefScannerBenchmark", "ecsBridgeTyped", corpus.name());
            Spread peer = jmh.throughput("CefScannerBenchmark", "parcefone", corpus.name());
            if (ours == null || peer == null || typed == null) {
                cefMet = false;
                continue;
            }
            double ratio = ours.median() / peer.median();
            cefMet &= ratio >= 15;
            ratios.add(String.format("%s %.1f×", corpus.name().toLowerCase(), ratio));
            section.append(String.format("| %s: %d (%d) | %s | %s | %.1f× | %s | %.1f× | %,.0f, %,.0f, %,.0f |%n",
                    corpus.name().toLowerCase(), corpus.lines().size(), corpus.rejectedByPeer(),
                    ours.perSecondInThousands(), peer.perSecondInThousands(), ratio, typed.perSecondInThousands(),
                    typed.median() / peer.median(), jmh.bytesPerOperation("CefScannerBenchmark", "ecsBridge",
                            corpus.name()), jmh.bytesPerOperation("CefScannerBenchmark", "ecsBridgeTyped",
                            corpus.name()), jmh.bytesPerOperation("CefScannerBenchmark", "parcefone", corpus.name())));
        }
        target("CEF parsing ≥ 15× ParCEFone", String.join(", ", ratios), cefMet, TargetLimits.CEF);

        Spread ours = jmh.throughput("Rfc5424ParserBenchmark", "ecsBridge", null);
        Spread peer = jmh.throughput("Rfc5424ParserBenchmark", "simpleSyslog5424", null);
        section.append("\n### RFC 5424: `Rfc5424Parser` against simple-syslog-5424 0.0.19\n\n");
        section.append("| lines (left out: peer fails) | ecs-bridge | simple-syslog-5424 | ratio"
                + " | bytes/line: ours, peer |\n|---|---|---|---|---|\n");
        if (ours != null && peer != null) {
            double ratio = ours.median() / peer.median();
            section.append(String.format("| %d (%d) | %s | %s | %.0f× | %,.0f, %,.0f |%n",
                    Rfc5424Corpus.lines().size(), Rfc5424Corpus.rejectedByPeer(), ours.perSecondInThousands(),
                    peer.perSecondInThousands(), ratio,
                    jmh.bytesPerOperation("Rfc5424ParserBenchmark", "ecsBridge", null),
                    jmh.bytesPerOperation("Rfc5424ParserBenchmark", "simpleSyslog5424", null)));
            target("RFC 5424 parsing ≥ 50× simple-syslog-5424", String.format("%.0f×", ratio), ratio >= 50,
                    TargetLimits.RFC5424);
        }
        section.append("\n");
        return section.toString();
    }

    private String productSections() {
        StringBuilder section = new StringBuilder();
        section.append("## The Java path per product (JMH)\n\n");
        section.append("### `MessageDecoder.decode`: the input's work per frame, without the network\n\n");
        section.append("| corpus lines | frames/s | per frame | bytes/frame |\n|---|---|---|---|\n");
        for (String payload : new String[] {"cef", "plain"}) {
            Spread decode = jmh.throughput("MessageDecoderBenchmark", "decode", payload);
            if (decode != null) {
                section.append(String.format("| %s | %s | %s | %,.0f |%n", payload.equals("cef") ? "with CEF"
                                : "without CEF (syslog header and text)", decode.perSecondInThousands(),
                        decode.microsecondsPerOperation(), jmh.bytesPerOperation("MessageDecoderBenchmark", "decode",
                                payload)));
            }
        }
        section.append("\n### Kaspersky: frame → `MessageDecoder` → event → `kaspersky` filter\n\n");
        section.append("| product | events/s | per event | bytes/event |\n|---|---|---|---|\n");
        List<String> kaspersky = new ArrayList<>();
        boolean kasperskyMet = true;
        for (String product : KASPERSKY) {
            Spread path = jmh.throughput("KasperskyPathBenchmark", "frameToMappedEvent", product);
            if (path == null) {
                kasperskyMet = false;
                continue;
            }
            kasperskyMet &= path.median() >= 500_000;
            kaspersky.add(String.format("%s %,.0f k/s", product, path.median() / 1e3));
            section.append(String.format("| %s | %s | %s | %,.0f |%n", product, path.perSecondInThousands(),
                    path.microsecondsPerOperation(), jmh.bytesPerOperation("KasperskyPathBenchmark",
                            "frameToMappedEvent", product)));
        }
        target("Full Kaspersky path ≥ 500k events/s", String.join(", ", kaspersky), kasperskyMet,
                TargetLimits.KASPERSKY);
        section.append("\n### Cisco ESA: line → `cisco_esa` filter\n\n");
        section.append("| log type | lines/s | per line | bytes/line |\n|---|---|---|---|\n");
        List<String> cisco = new ArrayList<>();
        boolean ciscoMet = true;
        for (String type : CorpusLines.types("cisco_esa")) {
            Spread path = jmh.throughput("CiscoEsaBenchmark", "lineToMappedEvent", type);
            if (path == null) {
                ciscoMet = false;
                continue;
            }
            ciscoMet &= path.median() >= 500_000;
            cisco.add(String.format("%s %,.0f k/s", type, path.median() / 1e3));
            section.append(String.format("| %s | %s | %s | %,.0f |%n", type, path.perSecondInThousands(),
                    path.microsecondsPerOperation(), jmh.bytesPerOperation("CiscoEsaBenchmark", "lineToMappedEvent",
                            type)));
        }
        target("Every Cisco ESA log type ≥ 500k lines/s", String.join(", ", cisco), ciscoMet, TargetLimits.CISCO);
        section.append("\n");
        return section.toString();
    }

    private String inputSection() {
        StringBuilder section = new StringBuilder();
        JsonNode settings = load.settings();
        section.append("## The `cefsyslog` input under load\n\n");
        section.append(String.format("The real input over loopback into a counting consumer, %,d corpus lines"
                        + " (%,d bytes) LF-framed, round and round; %,d events per run, %d runs each, %d s limit per"
                        + " run; load generator JVM with a %,.0f MB heap. rsyslog %s.%n%n",
                settings.path("corpusLines").asLong(), settings.path("corpusBytes").asLong(),
                settings.path("events").asLong(), settings.path("repeats").asInt(),
                settings.path("timeLimitSeconds").asLong(), settings.path("maxHeapBytes").asDouble() / MB,
                load.rate("rsyslog-tcp-1") == null ? "was not installed: no reference runs"
                        : "8.2302 (`rsyslogd -n`, imtcp, messages parsed then discarded) receives the same TCP"
                                + " traffic"));
        section.append("| scenario | receiver | events/s | runs | lost / sent | peak heap | heap after GC (max) |\n"
                + "|---|---|---|---|---|---|---|\n");
        String[][] scenarios = {{"tcp-1", "TCP, 1 connection"}, {"tcp-8", "TCP, 8 connections"},
                {"tls-1", "TLS, 1 connection"}, {"udp", "UDP, 1 sender"},
                {"rsyslog-tcp-1", "TCP, 1 connection"}, {"rsyslog-tcp-8", "TCP, 8 connections"},
                {"tcp-8-heap", "TCP, 8 connections, long run"}};
        for (String[] scenario : scenarios) {
            Spread rate = load.rate(scenario[0]);
            if (rate == null) {
                continue;
            }
            JsonNode first = load.runs(scenario[0]).get(0);
            boolean rsyslog = first.path("receiver").asText().equals("rsyslog");
            section.append(String.format("| %s | %s | %s | %d | %,d / %,d%s | %s | %s |%n", scenario[1],
                    first.path("receiver").asText(), rate.perSecondInThousands(), rate.count(), load.lost(scenario[0]),
                    load.sent(scenario[0]), load.anyStoppedAtLimit(scenario[0]) ? " (stopped at the time limit)" : "",
                    rsyslog ? "-" : String.format("%,.0f MB", load.max(scenario[0], "peakHeapBytes") / MB),
                    rsyslog ? "-" : String.format("%,.0f MB", load.max(scenario[0], "peakHeapAfterGcBytes") / MB)));
        }
        section.append("\n");
        inputTargets();
        return section.toString();
    }

    private void inputTargets() {
        Spread one = load.rate("tcp-1");
        Spread eight = load.rate("tcp-8");
        if (one == null || eight == null) {
            return;
        }
        long lost = load.lost("tcp-1") + load.lost("tcp-8");
        Spread rsyslogOne = load.rate("rsyslog-tcp-1");
        Spread rsyslogEight = load.rate("rsyslog-tcp-8");
        String measured = String.format("1 connection %,.0f k/s, 8 connections %,.0f k/s, %,d lost", one.median() / 1e3,
                eight.median() / 1e3, lost);
        boolean met = one.median() >= 300_000 && eight.median() >= 300_000 && lost == 0;
        if (rsyslogOne != null && rsyslogEight != null) {
            double ratioOne = one.median() / rsyslogOne.median();
            double ratioEight = eight.median() / rsyslogEight.median();
            measured += String.format("; %.2f× and %.2f× rsyslog imtcp (%,.0f k/s, %,.0f k/s)", ratioOne, ratioEight,
                    rsyslogOne.median() / 1e3, rsyslogEight.median() / 1e3);
            met &= ratioOne >= 0.75 && ratioEight >= 0.75;
        } else {
            measured += "; no rsyslog reference";
            met = false;
        }
        target("TCP input ≥ 300k events/s, zero loss, ≥ 0.75× rsyslog imtcp", measured, met, TargetLimits.TCP);
        List<JsonNode> heapRuns = load.runs("tcp-8-heap");
        if (!heapRuns.isEmpty()) {
            JsonNode run = heapRuns.get(0);
            long sent = run.path("sent").asLong();
            long received = run.path("received").asLong();
            double peak = run.path("peakHeapBytes").asDouble() / MB;
            boolean complete = sent == load.settings().path("heapEvents").asLong() && received == sent;
            target("10M-event TCP run: heap < 256 MB", String.format("%,d of %,d events received, peak heap %,.0f MB"
                            + " (%,.0f MB after GC)", received, load.settings().path("heapEvents").asLong(), peak,
                    run.path("peakHeapAfterGcBytes").asDouble() / MB), complete && peak < 256, TargetLimits.HEAP);
        }
    }

    private void method() {
        line("## How the figures are made");
        line("");
        line("- JMH benchmarks (`benchmarks/src/main/java`, packages mirror the code under test) load the golden corpus"
                + " (`samples/`) in `@Setup`, return every result to JMH, and fix `@Fork`, `@Warmup` and `@Measurement`"
                + " in annotations; `-prof gc` gives the bytes allocated per operation.");
        line("- A range is min–max over the measured iterations (JMH) or over the runs (load).");
        line("- Plugins run as Logstash builds them (`Plugins.instantiate`) on testkit events; Logstash's own events"
                + " cost differently, and Logstash adds its queue and workers.");
        line("- The load generator sends from the same JVM and the same cores as the input; events/s is events received"
                + " divided by the time from the first byte sent to the last event counted. Peak heap is the largest"
                + " heap in use before a collection or in a 10 ms sample; heap after GC is what the run kept alive.");
        line("- rsyslog runs in the foreground from a generated configuration, never as the system service. Counting:"
                + " each connection ends with a marker line, the only one an `omfile` action writes; the run ends when"
                + " every marker is there, and `impstats` gives the lines imtcp submitted and any the queue"
                + " discarded.");
    }

    private void target(String name, String measured, boolean met, String limit) {
        targets.add(new String[] {name, measured, met ? "met" : "missed", limit});
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
