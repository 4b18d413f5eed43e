package sigbench.bench.exit;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From SIGKILL of a live child, how soon has the parent reaped it, and what CPU did the parent
 * burn waiting, by mechanism and by CPU placement?
 *
 * <p>Each operation sends SIGKILL through the child's pidfd ({@code jdk-onexit}:
 * Process.destroyForcibly()) and waits until the mechanism has reaped the child. The child, a
 * fresh one per operation, has finished starting and waits in read(2) on its lifeline before
 * the timed region begins. SampleTime gives the distribution: p50 for the typical cost, p99 and
 * beyond for the scheduler's tail. The secondary results {@code threadCpuNanos} and
 * {@code cpuNanos} over {@code exitsReaped} are the CPU time the waiting thread, and the whole
 * parent process, burnt per detected exit: they show what polling costs.
 *
 * <p>Traps avoided. Children are spawned natively, so the JDK's reaper cannot race the
 * mechanism for them; only {@code jdk-onexit} uses ProcessBuilder, as that is what it
 * measures. {@code signalfd} runs in a fork that started with SIGCHLD blocked in every thread,
 * or the signal would go to a thread that discards it. Placement is a parameter: a busy poll on
 * its dying child's CPU delays the very exit it waits for by a scheduler slice, so
 * {@code same-cpu} and {@code unpinned} are separate results, never mixed.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SigkillLatencyBenchmark extends ChildEndLatency {

    @Param({Mechanisms.WAITPID_BLOCKING, Mechanisms.WAITPID_POLL_BUSY,
        Mechanisms.WAITPID_POLL_100US, Mechanisms.WAITPID_POLL_1MS, Mechanisms.SIGNALFD,
        Mechanisms.PIDFD, Mechanisms.JDK_ONEXIT})
    public String mechanism;

    @Param({"same-cpu", "cross-cpu", "unpinned"})
    public String placement;

    @Benchmark
    public int sigkillToReaped(ExitCounters counters) {
        return endAndReap(counters);
    }

    @Override
    String mechanism() {
        return mechanism;
    }

    @Override
    String placement() {
        return placement;
    }

    @Override
    boolean killsChild() {
        return true;
    }
}
