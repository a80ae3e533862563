package io.github.ecsbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JSON a JMH run wrote ({@code -rf json}), looked up by benchmark class, method and parameter value. */
final class JmhResults {

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private final JsonNode results;

    private JmhResults(JsonNode results) {
        this.results = results;
    }

    static JmhResults read(Path file) throws IOException {
        return new JmhResults(new ObjectMapper().readTree(file.toFile()));
    }

    /** Operations per second over every measurement iteration, or {@code null} when the benchmark did not run. */
    Spread throughput(String benchmarkClass, String method, String param) {
        JsonNode result = find(benchmarkClass, method, param);
        if (result == null) {
            return null;
        }
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
            for (JsonNode iteration : fork) {
                values.add(iteration.asDouble());
            }
        }
        return Spread.of(values);
    }

    /** Bytes allocated per operation (median of the iterations), or -1 without {@code -prof gc}. */
    double bytesPerOperation(String benchmarkClass, String method, String param) {
        JsonNode result = find(benchmarkClass, method, param);
        if (result == null || !result.path("secondaryMetrics").has(ALLOCATION)) {
            return -1;
        }
        return result.path("secondaryMetrics").path(ALLOCATION).path("score").asDouble();
    }

    /** The JMH settings of a run, as the report states them. */
    String settings(String benchmarkClass) {
        for (JsonNode result : results) {
            if (result.path("benchmark").asText().contains("." + benchmarkClass + ".")) {
                return String.format("%d fork, %d × %s warm-up, %d × %s measured, %s", result.path("forks").asInt(),
                        result.path("warmupIterations").asInt(), result.path("warmupTime").asText(),
                        result.path("measurementIterations").asInt(), result.path("measurementTime").asText(),
                        String.join(" ", jvmArgs(result)));
            }
        }
        return "not run";
    }

    private static List<String> jvmArgs(JsonNode result) {
        List<String> args = new ArrayList<>();
        result.path("jvmArgs").forEach(arg -> args.add(arg.asText()));
        return args;
    }

    private JsonNode find(String benchmarkClass, String method, String param) {
        for (JsonNode result : results) {
            if (!result.path("benchmark").asText().endsWith("." + benchmarkClass + "." + method)) {
                continue;
            }
            if (param == null || paramValues(result).contains(param)) {
                return result;
            }
        }
        return null;
    }

    private static List<String> paramValues(JsonNode result) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : result.path("params").properties()) {
            values.add(entry.getValue().asText());
        }
        return values;
    }
}
