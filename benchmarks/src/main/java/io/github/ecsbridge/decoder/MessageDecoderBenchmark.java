package io.github.ecsbridge.decoder;

import io.github.ecsbridge.benchmarks.CorpusLines;
import io.github.ecsbridge.benchmarks.LineCycle;
import io.github.ecsbridge.cef.CefScanner;
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

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The work the {@code cefsyslog} input does per frame, without the network: {@link MessageDecoder#decode} on the
 * corpus lines that carry CEF, and on those that do not (Cisco ESA text logs: a syslog header and free text).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
public class MessageDecoderBenchmark {

    @Param({"cef", "plain"})
    public String payload;

    private LineCycle<String> lines;
    private MessageDecoder decoder;

    @Setup
    public void load() {
        boolean cef = payload.equals("cef");
        lines = new LineCycle<>(CorpusLines.matching(line -> line.contains(CefScanner.MARKER) == cef));
        decoder = new MessageDecoder(DecoderOptions.defaults());
    }

    @Benchmark
    public Map<String, Object> decode() {
        return decoder.decode(lines.next());
    }
}
