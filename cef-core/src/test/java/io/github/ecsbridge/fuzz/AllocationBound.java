package io.github.ecsbridge.fuzz;

import java.lang.management.ManagementFactory;

/**
 * Bounds the work of one parse by the bytes it allocates: any loop that copies the rest of its input on each step
 * (substring per character, string concatenation) allocates quadratically and breaks a linear bound long before a
 * wall-clock timeout would fire, and the count does not depend on machine load. The count is taken only where the
 * Jazzer agent is not installed (replay, adversarial tests): while fuzzing, the agent's comparison tracing allocates on
 * the parsing thread for every string compare, so the count would measure the agent; libFuzzer's per-input timeout
 * bounds the time there.
 */
public final class AllocationBound {

    private static final com.sun.management.ThreadMXBean THREADS = !Boolean.getBoolean("jazzer.hooks")
            && ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
            && bean.isThreadAllocatedMemorySupported() ? bean : null;

    private final long perChar;
    private final long fixed;

    /** At most {@code perChar} bytes for each input character plus {@code fixed} bytes per call. */
    public AllocationBound(long perChar, long fixed) {
        this.perChar = perChar;
        this.fixed = fixed;
    }

    /**
     * Runs {@code parse} and fails when it allocated more than the bound allows for {@code length} characters. Over
     * the bound, it runs {@code parse} once more and judges that run: the first use of a code path also allocates
     * for class loading and lazy tables, which is not work per input.
     */
    public void check(int length, Runnable parse) {
        long limit = perChar * length + fixed;
        long used = measure(parse);
        if (used > limit) {
            used = measure(parse);
        }
        if (used > limit) {
            throw new AssertionError("allocated " + used + " bytes for " + length + " characters; the linear bound is "
                    + limit);
        }
    }

    private static long measure(Runnable parse) {
        if (THREADS == null) {
            parse.run();
            return 0;
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        parse.run();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
