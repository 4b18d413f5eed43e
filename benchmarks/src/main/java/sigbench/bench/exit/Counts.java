package sigbench.bench.exit;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The {@link ExitCounters} of one result, summed over its measurement iterations.
 *
 * @param exitsReaped children the mechanism reaped
 * @param exitsMissed children it had not reaped by the deadline
 * @param sigchldRead SIGCHLD signals it read
 * @param zombiesLeft zombie children found after the measurements
 * @param cpuNanos CPU time of the parent process over the measured spans
 * @param threadCpuNanos CPU time of the waiting thread over the same spans
 */
record Counts(long exitsReaped, long exitsMissed, long sigchldRead, long zombiesLeft,
        long cpuNanos, long threadCpuNanos) {

    static Counts of(RunResult result) {
        return new Counts(count(result, "exitsReaped"), count(result, "exitsMissed"),
                count(result, "sigchldRead"), count(result, "zombiesLeft"),
                count(result, "cpuNanos"), count(result, "threadCpuNanos"));
    }

    /** Process CPU per reaped exit, in microseconds; NaN if none was reaped. */
    double cpuMicrosPerExit() {
        return exitsReaped == 0 ? Double.NaN : cpuNanos / 1000.0 / exitsReaped;
    }

    /** Waiting-thread CPU per reaped exit, in microseconds; NaN if none was reaped. */
    double threadCpuMicrosPerExit() {
        return exitsReaped == 0 ? Double.NaN : threadCpuNanos / 1000.0 / exitsReaped;
    }

    private static long count(RunResult result, String name) {
        Result<?> counter = result.getSecondaryResults().get(name);
        return counter == null ? 0 : Math.round(counter.getScore());
    }
}
