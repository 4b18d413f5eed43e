package sigbench.bench.exit;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import sigbench.bench.Placement;
import sigbench.linux.Affinity;
import sigbench.linux.CpuClock;
import sigbench.linux.ParentWatch;

/**
 * How soon does a parent learn that its child died, and what CPU does it burn waiting, by
 * mechanism and by CPU placement?
 *
 * <p>Each operation ends one live child and waits until the parent has reaped it.
 * {@link #sigkillToReaped}: from SIGKILL sent through the child's pidfd. {@link
 * #ownExitToReaped}: from the one-byte command after which the child exits by itself, so its
 * own exit path is in the figure too. A fresh child per operation is spawned, and waits in
 * read(2) on its lifeline, before the timed region; its reaping status is checked after it.
 * SampleTime gives the distribution: p50 for the typical cost, p99 and beyond for the
 * scheduler's tail. The secondary results {@code threadCpuNanos} and {@code cpuNanos} over
 * {@code exitsReaped} are the CPU time the waiting thread, and the whole parent process, burnt
 * per detected exit: read them to see what polling costs.
 *
 * <p>Traps avoided. Children are spawned natively, so that the JDK's reaper cannot race the
 * mechanism for them; only {@code jdk-onexit} uses ProcessBuilder, as that is what it
 * measures. {@code signalfd} runs in a fork that started with SIGCHLD blocked in every thread,
 * or the signal would go to a thread that discards it. Placement is a parameter: a busy poll
 * on the CPU of its dying child delays the very exit it waits for by a scheduler slice, so
 * {@code same-cpu} and {@code unpinned} are different results, never mixed. The child runs
 * where the placement says: on the benchmark thread's CPU, on the other CPU, or anywhere.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ExitLatencyBenchmark {

    @Param({Mechanisms.WAITPID_BLOCKING, Mechanisms.WAITPID_POLL_BUSY,
        Mechanisms.WAITPID_POLL_100US, Mechanisms.WAITPID_POLL_1MS, Mechanisms.SIGNALFD,
        Mechanisms.PIDFD, Mechanisms.JDK_ONEXIT})
    public String mechanism;

    @Param({"same-cpu", "cross-cpu", "unpinned"})
    public String placement;

    private final CpuClock cpu = new CpuClock();
    private Detector detector;
    private Placement where;
    private int childCpu;
    private Brood child;
    private long deadlineNanos;
    private long cpuAtCauseNanos;
    private long threadCpuAtCauseNanos;
    private boolean killed;
    /** JMH's counters of this iteration, as the benchmark method last received them. */
    private ExitCounters counters;
    private long signalsCounted;

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) {
        ParentWatch.start();
        killed = params.getBenchmark().endsWith(".sigkillToReaped");
        where = Placement.parse(placement);
        // Before pinning: a helper thread the detector starts must not inherit that CPU.
        detector = Mechanisms.open(mechanism);
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

    @Benchmark
    public int sigkillToReaped(ExitCounters counters) {
        this.counters = counters;
        child.killAll();
        return detector.reapAll(child, deadlineNanos);
    }

    @Benchmark
    public int ownExitToReaped(ExitCounters counters) {
        this.counters = counters;
        child.commandExit();
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
            child.requireEnded(killed);
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
