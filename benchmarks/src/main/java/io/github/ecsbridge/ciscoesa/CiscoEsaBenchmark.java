package io.github.ecsbridge.ciscoesa;

import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.FilterMatchListener;
import io.github.ecsbridge.benchmarks.CorpusLines;
import io.github.ecsbridge.benchmarks.LineCycle;
import io.github.ecsbridge.testkit.Plugins;
import io.github.ecsbridge.testkit.TestEvent;
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

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Cisco ESA log type through the real {@code cisco_esa} filter, one line per operation: a testkit event whose
 * {@code message} is the raw line (as a file or plain TCP input delivers it), filtered in place.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
public class CiscoEsaBenchmark {

    private static final FilterMatchListener NO_LISTENER = event -> { };

    @Param({"amp", "antispam", "antivirus", "authentication", "bounces", "consolidated_event", "content_scanner",
            "error_logs", "gui_logs", "mail_logs", "status", "system"})
    public String logType;

    private LineCycle<String> lines;
    private CiscoEsa filter;

    @Setup
    public void load() {
        lines = new LineCycle<>(CorpusLines.of("cisco_esa", logType));
        filter = Plugins.instantiate(CiscoEsa.class, Map.of());
    }

    @Benchmark
    public Event lineToMappedEvent() {
        Event event = new TestEvent(Map.of("message", lines.next()));
        filter.filter(List.of(event), NO_LISTENER);
        return event;
    }
}
