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
 * From the command after which a child exits by itself, how soon has the parent reaped it?
 *
 * <p>Each operation writes one byte to the child's lifeline; the child, which waits in read(2)
 * on it, reads the byte, exits 0, and the mechanism reaps it. Unlike {@link
 * SigkillLatencyBenchmark}, the child's own wake-up and exit path are in the figure: read the
 * difference between the two as what a voluntary exit adds. Same children, same detectors,
 * same counters as there.
 *
 * <p>Unpinned only by default: placement's effect is shown by the SIGKILL benchmark, and a
 * fork per placement would triple this one's cost. {@code -p placement=same-cpu} runs it
 * pinned.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
@State(Scope.Thread)
public class OwnExitLatencyBenchmark extends ChildEndLatency {

    @Param({Mechanisms.WAITPID_BLOCKING, Mechanisms.WAITPID_POLL_BUSY,
        Mechanisms.WAITPID_POLL_100US, Mechanisms.WAITPID_POLL_1MS, Mechanisms.SIGNALFD,
        Mechanisms.PIDFD, Mechanisms.JDK_ONEXIT})
    public String mechanism;

    @Param({"unpinned"})
    public String placement;

    @Benchmark
    public int ownExitToReaped(ExitCounters counters) {
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
        return false;
    }
}
