package io.github.ecsbridge.cef;

import com.fluenda.parcefone.event.CommonEvent;
import com.fluenda.parcefone.parser.CEFParser;
import io.github.ecsbridge.benchmarks.LineCycle;
import io.github.ecsbridge.ecs.EcsCompatibility;
import io.github.ecsbridge.ecs.EcsDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * CEF parsing, one line per operation: {@link CefScanner#scan} against ParCEFone's {@code CEFParser.parse(line,
 * false)} (no bean validation), on the same lines. ParCEFone also converts extension values to Java types (numbers,
 * addresses, dates) by its key dictionary, which the scanner leaves to {@link CefEcsMapper}; {@link #ecsBridgeTyped}
 * adds that step, so both comparisons are in the report.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
public class CefScannerBenchmark {

    @Param({"SHORT", "LONG", "ESCAPES"})
    public CefCorpus corpus;

    private LineCycle<String> lines;
    private CEFParser parcefone;
    private CefEcsMapper mapper;

    @Setup
    public void load() {
        lines = new LineCycle<>(corpus.lines());
        parcefone = new CEFParser();
        mapper = new CefEcsMapper(ZoneOffset.UTC, Locale.ENGLISH, Clock.systemUTC(), EcsCompatibility.V8);
    }

    @Benchmark
    public CefMessage ecsBridge() {
        return CefScanner.scan(lines.next());
    }

    /** Scan plus typed values: the ECS document with {@code cef.extensions} converted, and the warnings. */
    @Benchmark
    public EcsDocument ecsBridgeTyped() {
        CefMessage message = CefScanner.scan(lines.next());
        EcsDocument document = new EcsDocument();
        mapper.map(message, document, new ArrayList<>(2));
        return document;
    }

    @Benchmark
    public CommonEvent parcefone() {
        return parcefone.parse(lines.next(), false);
    }
}
