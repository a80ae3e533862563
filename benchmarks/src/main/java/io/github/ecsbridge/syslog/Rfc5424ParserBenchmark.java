package io.github.ecsbridge.syslog;

import com.github.palindromicity.syslog.SyslogParserBuilder;
import io.github.ecsbridge.benchmarks.LineCycle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * RFC 5424 parsing, one line per operation: {@link Rfc5424Parser} against simple-syslog-5424 (ANTLR, default
 * policies: nil fields omitted, structured data flattened) on the same lines. Ours also turns the timestamp into an
 * instant and unescapes structured-data values; the peer returns the timestamp as text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
public class Rfc5424ParserBenchmark {

    private LineCycle<String> lines;
    private Rfc5424Parser ours;
    private com.github.palindromicity.syslog.SyslogParser peer;

    @Setup
    public void load() {
        lines = new LineCycle<>(Rfc5424Corpus.lines());
        ours = new Rfc5424Parser(ZoneOffset.UTC);
        peer = new SyslogParserBuilder().build();
    }

    @Benchmark
    public SyslogMessage ecsBridge() {
        return ours.parse(lines.next());
    }

    @Benchmark
    public Map<String, Object> simpleSyslog5424() {
        return peer.parseLine(lines.next());
    }
}
