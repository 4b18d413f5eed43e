package sigbench.bench.exit;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import sigbench.bench.Placement;
import sigbench.linux.Affinity;
import sigbench.linux.CpuClock;
import sigbench.linux.ParentWatch;

/**
 * The state and fixtures both latency benchmarks share: one fresh child per operation,
 * spawned where the placement says and waiting on its lifeline before the timed region; after
 * it, the CPU the parent burnt and a check that the child was reaped and ended as expected.
 * The child runs on the benchmark thread's CPU ({@code same-cpu}), on the other CPU
 * ({@code cross-cpu}: spawned while the thread is briefly pinned there, as a child inherits
 * its parent thread's affinity), or anywhere ({@code unpinned}).
 */
public abstract class ChildEndLatency {

    /** The mechanism parameter's value. */
    abstract String mechanism();

    /** The placement parameter's value. */
    abstract String placement();

    /** Whether the operation kills the child (true) or commands its own exit (false). */
    abstract boolean killsChild();

    private final CpuClock cpu = new CpuClock();
    private Detector detector;
    private Placement where;
    private int childCpu;
    private Brood child;
    private long deadlineNanos;
    private long cpuAtCauseNanos;
    private long threadCpuAtCauseNanos;
    /** JMH's counters of this iteration, as the benchmark method last received them. */
    private ExitCounters counters;
    private long signalsCounted;

    @Setup(Level.Trial)
    public void open() {
        ParentWatch.start();
        where = Placement.parse(placement());
        // Before pinning: a helper thread the detector starts must not inherit that CPU.
        detector = Mechanisms.open(mechanism());
        childCpu = where.pinThisThread();
    }

    @Setup(Level.Iteration)
    public void pin() {
        where.pinThisThread();
    }

    /** A live child, waiting on its lifeline, on the CPU the placement gives it. */
    @Setup(Level.Invocation)
    public void spawnChild() {
        if (where == Placement.CROSS_CPU) {
            Affinity.pinThisThread(childCpu);
        }
        try {
            child = detector.spawn(1);
        } finally {
            if (where == Placement.CROSS_CPU) {
                where.pinThisThread();
            }
        }
        detector.prepare(child);
        deadlineNanos = System.nanoTime() + Detector.REAP_TIMEOUT_MILLIS * 1_000_000L;
        cpuAtCauseNanos = cpu.processNanos();
        threadCpuAtCauseNanos = cpu.threadNanos();
    }

    /** Kills the child (SIGKILL) or commands its exit, then waits until it is reaped. */
    final int endAndReap(ExitCounters counters) {
        this.counters = counters;
        if (killsChild()) {
            child.killAll();
        } else {
            child.commandExit();
        }
        return detector.reapAll(child, deadlineNanos);
    }

    @TearDown(Level.Invocation)
    public void checkChild() {
        counters.threadCpuNanos += cpu.threadNanos() - threadCpuAtCauseNanos;
        counters.cpuNanos += cpu.processNanos() - cpuAtCauseNanos;
        try {
            detector.finish(child);
            counters.exitsReaped += child.reapedCount();
            counters.exitsMissed += child.size() - child.reapedCount();
            counters.sigchldRead += detector.signalsRead() - signalsCounted;
            signalsCounted = detector.signalsRead();
            child.requireEnded(killsChild());
        } finally {
            child.close();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (detector != null) {
            detector.close();
        }
    }
}
