package io.github.ecsbridge.kaspersky;

import co.elastic.logstash.api.Event;
import co.elastic.logstash.api.FilterMatchListener;
import io.github.ecsbridge.benchmarks.CorpusLines;
import io.github.ecsbridge.benchmarks.LineCycle;
import io.github.ecsbridge.decoder.DecoderOptions;
import io.github.ecsbridge.decoder.MessageDecoder;
import io.github.ecsbridge.ecs.EcsDocument;
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
 * The whole Java path of one Kaspersky product, one frame per operation: the frame decoded by the
 * {@link MessageDecoder} the {@code cefsyslog} input uses, the event it pushes (the frame kept in
 * {@code @metadata}), then the real {@code kaspersky} filter on a testkit event. The testkit event stands in for
 * Logstash's own, whose field access costs differ.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
public class KasperskyPathBenchmark {

    private static final FilterMatchListener NO_LISTENER = event -> { };

    @Param({"ksmg", "kata", "kcs", "ksc"})
    public String product;

    private LineCycle<String> frames;
    private MessageDecoder decoder;
    private Kaspersky filter;

    @Setup
    public void load() {
        frames = new LineCycle<>(CorpusLines.of("kaspersky", product));
        decoder = new MessageDecoder(DecoderOptions.defaults());
        filter = Plugins.instantiate(Kaspersky.class, Map.of());
    }

    @Benchmark
    public Event frameToMappedEvent() {
        String frame = frames.next();
        Map<String, Object> decoded = decoder.decode(frame);
        new EcsDocument(decoded).put("@metadata.cefsyslog.original", frame);
        Event event = new TestEvent(decoded);
        filter.filter(List.of(event), NO_LISTENER);
        return event;
    }
}
