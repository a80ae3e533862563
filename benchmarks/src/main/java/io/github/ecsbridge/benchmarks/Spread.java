package io.github.ecsbridge.benchmarks;

import java.util.Arrays;
import java.util.List;

/** The median of repeated measurements and their range, the form every figure of the report takes. */
public record Spread(double median, double min, double max, int count) {

    /** The spread of {@code values}; none may be missing. */
    public static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("[values] must not be empty");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread(median, sorted[0], sorted[n - 1], n);
    }

    /** Thousands per second: {@code 868 k/s (850–880)}. */
    public String perSecondInThousands() {
        return String.format("%,.0f k/s (%,.0f–%,.0f)", median / 1e3, min / 1e3, max / 1e3);
    }

    /** Microseconds per operation of a rate, from its median: {@code 1.15 µs}. */
    public String microsecondsPerOperation() {
        return String.format("%.2f µs", 1e6 / median);
    }
}
