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
import sigbench.linux.Native;
import sigbench.linux.ParentWatch;

/**
 * How long does a parent wait for its child to answer a 1-byte message, or a signal, by
 * channel and by CPU placement?
 *
 * <p>Each operation is one round trip: the benchmark thread sends, the peer (a child JVM started
 * for this trial) answers by the same channel, the benchmark thread takes the answer. SampleTime
 * gives the distribution: read p50 for the typical cost and p99/p99.9 for the scheduler's tail.
 * The article's 8.2 µs and 147.6 µs are averages, which a rare long tail drags up; compare
 * them with the mean JMH prints as well as with p50.
 *
 * <p>The trap avoided: an unpinned pair on a small VM migrates between "same CPU" and "cross
 * CPU" from one iteration to the next, and the mixture is reported as one number. Placement is
 * a parameter, so each figure says where it ran; {@code unpinned} is kept as the case users
 * actually get. The thread is pinned again at every iteration, as JMH may run an iteration on a
 * fresh thread; for {@code tgkill}, whose answer names the benchmark thread, a new thread gets
 * a new peer.
 *
 * <p>The fork halts if the JMH host goes away ({@link ParentWatch}); its peer follows through
 * its lifeline.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RoundTripBenchmark {

    @Param({Channels.SOCKETPAIR, Channels.SEQPACKET, Channels.PIPE, Channels.EVENTFD,
        Channels.KILL_SIGWAITINFO, Channels.KILL_SIGNALFD, Channels.SIGQUEUE_RT,
        Channels.TGKILL, Channels.PIDFD_SIGNAL})
    public String channel;

    @Param({"same-cpu", "cross-cpu", "unpinned"})
    public String placement;

    private ChannelSession open;
    private Placement where;
    private int peerCpu;

    @Setup(Level.Trial)
    public void startPeer() {
        ParentWatch.start();
        where = Placement.parse(placement);
        peerCpu = where.pinThisThread();
        open = (ChannelSession) Channels.open(channel, peerCpu);
    }

    @Setup(Level.Iteration)
    public void pin() {
        where.pinThisThread();
        if (channel.equals(Channels.TGKILL) && open.answerTid() != Native.tid()) {
            open.close();
            open = (ChannelSession) Channels.open(channel, peerCpu);
        }
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
