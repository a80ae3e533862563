package io.github.ecsbridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JSON the load generator wrote, grouped by scenario. */
final class LoadResults {

    private final JsonNode document;

    private LoadResults(JsonNode document) {
        this.document = document;
    }

    static LoadResults read(Path file) throws IOException {
        return new LoadResults(new ObjectMapper().readTree(file.toFile()));
    }

    JsonNode settings() {
        return document;
    }

    /** Every run of a scenario, in order; empty when it did not run. */
    List<JsonNode> runs(String scenario) {
        List<JsonNode> runs = new ArrayList<>();
        for (JsonNode run : document.path("runs")) {
            if (run.path("scenario").asText().equals(scenario)) {
                runs.add(run);
            }
        }
        return runs;
    }

    /** Events per second over the runs of a scenario, or {@code null} when it did not run. */
    Spread rate(String scenario) {
        List<Double> rates = new ArrayList<>();
        for (JsonNode run : runs(scenario)) {
            rates.add(run.path("eventsPerSecond").asDouble());
        }
        return rates.isEmpty() ? null : Spread.of(rates);
    }

    /** Events lost over every run of a scenario, and the share of those sent. */
    long lost(String scenario) {
        long lost = 0;
        for (JsonNode run : runs(scenario)) {
            lost += run.path("sent").asLong() - run.path("received").asLong();
        }
        return lost;
    }

    long sent(String scenario) {
        long sent = 0;
        for (JsonNode run : runs(scenario)) {
            sent += run.path("sent").asLong();
        }
        return sent;
    }

    /** The largest value of a numeric field over the runs of a scenario. */
    long max(String scenario, String field) {
        long max = 0;
        for (JsonNode run : runs(scenario)) {
            max = Math.max(max, run.path(field).asLong());
        }
        return max;
    }

    boolean anyStoppedAtLimit(String scenario) {
        return runs(scenario).stream().anyMatch(run -> run.path("stoppedAtLimit").asBoolean());
    }
}
