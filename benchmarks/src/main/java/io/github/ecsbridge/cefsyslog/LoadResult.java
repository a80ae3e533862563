package io.github.ecsbridge.cefsyslog;

/**
 * One load run: who received, over what, how much arrived in how long, and the heap the run needed (zero for
 * rsyslog, which is not in this JVM). {@code stoppedAtLimit} says the time limit cut the sending short.
 */
public record LoadResult(
        String scenario,
        String receiver,
        String transport,
        int connections,
        long sent,
        long received,
        double seconds,
        double eventsPerSecond,
        long peakHeapBytes,
        long peakHeapAfterGcBytes,
        long collections,
        boolean stoppedAtLimit) {

    /** Events sent and never received. */
    public long lost() {
        return sent - received;
    }
}
