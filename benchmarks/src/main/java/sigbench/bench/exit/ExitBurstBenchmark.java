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
import sigbench.linux.CpuClock;
import sigbench.linux.Native;
import sigbench.linux.ParentWatch;

/**
 * When K children exit at the same moment, how long until the parent has reaped them all, and
 * does each mechanism reap every one of them?
 *
 * <p>Each operation starts K children (outside the timed region), all reading one lifeline,
 * then closes it: every child reads end of file at once and exits 0. The time runs until the
 * mechanism has reaped all K, or until {@value Detector#REAP_TIMEOUT_MILLIS} ms have passed.
 * SingleShotTime: one burst per iteration.
 *
 * <p>The trap: SIGCHLD is a standard signal, so exits that end together coalesce into fewer
 * signals than children. A parent that reaps one child per signal loses exits. The secondary
 * results say what happened, they are never hidden: {@code exitsReaped} and {@code exitsMissed}
 * (summed over the bursts), {@code sigchldRead} (fewer than the exits shows the coalescing),
 * and {@code zombiesLeft} (children of this JVM still zombies after the burst). After the
 * counts, each child's status is checked: exit code 0.
 *
 * <p>Children are not pinned: K of them spread over every CPU. A host without room for K more
 * processes fails the trial naming the limit.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(1)
@State(Scope.Thread)
public class ExitBurstBenchmark {

    @Param({Mechanisms.WAITPID_BLOCKING, Mechanisms.WAITPID_POLL_BUSY,
        Mechanisms.WAITPID_POLL_100US, Mechanisms.WAITPID_POLL_1MS, Mechanisms.SIGNALFD,
        Mechanisms.PIDFD, Mechanisms.JDK_ONEXIT})
    public String mechanism;

    @Param({"1", "64", "1024"})
    public int children;

    private final CpuClock cpu = new CpuClock();
    private Detector detector;
    private Brood brood;
    private ExitCounters counters;
    private long deadlineNanos;
    private long cpuAtReleaseNanos;
    private long threadCpuAtReleaseNanos;
    private long signalsCounted;

    @Setup(Level.Trial)
    public void open() {
        ParentWatch.start();
        String shortfall = ChildCapacity.shortfall(children);
        if (shortfall != null) {
            throw new IllegalStateException("not measured on this host: " + shortfall);
        }
        detector = Mechanisms.open(mechanism);
    }

    @Setup(Level.Iteration)
    public void spawnChildren() {
        brood = detector.spawn(children);
        detector.prepare(brood);
        deadlineNanos = System.nanoTime() + Detector.REAP_TIMEOUT_MILLIS * 1_000_000L;
        cpuAtReleaseNanos = cpu.processNanos();
        threadCpuAtReleaseNanos = cpu.threadNanos();
    }

    @Benchmark
    public int allExitAtOnce(ExitCounters counters) {
        this.counters = counters;
        brood.releaseAll();
        return detector.reapAll(brood, deadlineNanos);
    }

    @TearDown(Level.Iteration)
    public void countAndCheck() {
        counters.threadCpuNanos += cpu.threadNanos() - threadCpuAtReleaseNanos;
        counters.cpuNanos += cpu.processNanos() - cpuAtReleaseNanos;
        try {
            detector.finish(brood);
            counters.exitsReaped += brood.reapedCount();
            counters.exitsMissed += brood.size() - brood.reapedCount();
            counters.sigchldRead += detector.signalsRead() - signalsCounted;
            signalsCounted = detector.signalsRead();
            counters.zombiesLeft += Zombies.childrenOf(Native.pid());
            if (brood.reapedCount() == brood.size()) {
                brood.requireEnded(false);
            }
        } finally {
            brood.close();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (detector != null) {
            detector.close();
        }
    }
}
