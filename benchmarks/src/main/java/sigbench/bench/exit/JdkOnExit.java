package sigbench.bench.exit;

/**
 * {@code jdk-onexit}: ProcessBuilder children, watched by {@link Process#onExit()}, the
 * baseline a Java user reaches for.
 *
 * <p>What the JDK does underneath, seen in its source and traced with strace on JDK 17 and 25
 * on this project's machines: ProcessBuilder.start hands each child to a "process reaper"
 * thread from a cached pool, one thread per running child, which blocks in waitpid(pid, 0)
 * (wait4 in the trace) for that one pid and then completes the future. It never waits for -1,
 * so it does not steal children started natively; those are safe from it. The latency here is
 * that wait plus the hand-off from the reaper thread to the thread blocked in get().
 *
 * <p>Placement: a reaper thread inherits the CPU affinity of the thread that started the
 * process which created it, and the pool reuses it for later children. In the latency
 * benchmarks that is the benchmark thread, pinned to the child's CPU while it spawns, so the
 * reaper runs where the child runs.
 */
final class JdkOnExit implements Detector {

    @Override
    public Brood spawn(int count) {
        return JdkBrood.start(count);
    }

    @Override
    public int reapAll(Brood brood, long deadlineNanos) {
        return ((JdkBrood) brood).awaitAll(deadlineNanos);
    }
}
