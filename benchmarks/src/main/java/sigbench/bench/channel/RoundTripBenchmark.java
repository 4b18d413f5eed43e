package sigbench.bench.channel;

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
import sigbench.bench.Placement;
import sigbench.linux.ParentWatch;

/**
 * How long does a parent wait for its child to answer a 1-byte message, by channel and by CPU
 * placement?
 *
 * <p>Each operation is one round trip: the benchmark thread sends, the peer (a child JVM started
 * for this trial) answers, the benchmark thread receives. SampleTime gives the distribution, so
 * read p50 for the typical cost and p99/p99.9 for the scheduler's tail.
 *
 * <p>The trap avoided: an unpinned pair on a small VM migrates between "same CPU" and "cross
 * CPU" from one iteration to the next, and the mixture is reported as one number. Placement is
 * a parameter, so each figure says where it ran; {@code unpinned} is kept as the case users
 * actually get. The thread is pinned again at every iteration, as JMH may run an iteration on
 * a fresh thread.
 *
 * <p>The fork halts if the JMH host goes away ({@link ParentWatch}); its peer follows through
 * its lifeline.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RoundTripBenchmark {

    @Param({Channels.SOCKETPAIR, Channels.KILL_SIGWAITINFO})
    public String channel;

    @Param({"same-cpu", "cross-cpu", "unpinned"})
    public String placement;

    private Channel open;
    private Placement where;
    private int peerCpu;

    @Setup(Level.Trial)
    public void startPeer() {
        ParentWatch.start();
        where = Placement.parse(placement);
        peerCpu = where.pinThisThread();
        open = Channels.open(channel, peerCpu);
    }

    @Setup(Level.Iteration)
    public void pin() {
        where.pinThisThread();
    }

    @Benchmark
    public void roundTrip() {
        open.roundTrip();
    }

    @TearDown(Level.Trial)
    public void stopPeer() {
        if (open != null) {
            open.close();
        }
    }
}
