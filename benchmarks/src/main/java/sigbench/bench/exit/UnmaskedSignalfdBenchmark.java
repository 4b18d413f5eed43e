package sigbench.bench.exit;

import java.util.concurrent.TimeUnit;

import jnr.ffi.Pointer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.NativeCallException;
import sigbench.linux.ParentWatch;
import sigbench.linux.Peer;
import sigbench.linux.SignalSet;
import sigbench.linux.peer.UnmaskedSigchldPeer;

/**
 * What fraction of child exits does a signalfd for SIGCHLD miss in a JVM that did not start
 * with SIGCHLD blocked?
 *
 * <p>The {@code signalfd} mechanism of the other exit benchmarks runs in a JMH fork started
 * with SIGCHLD blocked in every thread. This one asks what happens without that: a peer JVM
 * started with an empty mask blocks SIGCHLD in its one worker thread only, opens a signalfd,
 * and kills and reaps {@value #EXITS_PER_BURST} children of its own per operation, counting the
 * exits whose SIGCHLD the signalfd saw within {@value UnmaskedSigchldPeer#SEEN_TIMEOUT_MILLIS}
 * ms. Read the secondary results: {@code exitsMissed} over {@code exitsReaped} is the miss
 * fraction; {@code sigchldRead} is what the signalfd saw. The time per operation is of no
 * interest beyond showing that misses cost the timeout.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Thread)
public class UnmaskedSignalfdBenchmark {

    static final int EXITS_PER_BURST = 50;
    private static final long ANSWER_TIMEOUT_MILLIS = 30_000;

    private Peer peer;
    private Pointer request;
    private Pointer answer;
    private ExitCounters counters;

    @Setup(Level.Trial)
    public void startPeer() {
        ParentWatch.start();
        peer = Peer.start(UnmaskedSigchldPeer.class, SignalSet.EMPTY, ChildCommand.PATH);
        Descriptors.setReceiveTimeout(peer.channelFd(), ANSWER_TIMEOUT_MILLIS);
        request = Native.buffer(4);
        request.putInt(0, EXITS_PER_BURST);
        answer = Native.buffer(8);
    }

    @Benchmark
    public int exitsInUnmaskedJvm(ExitCounters counters) {
        this.counters = counters;
        Descriptors.writeFully(peer.channelFd(), request, 4);
        try {
            Descriptors.readFully(peer.channelFd(), answer, 8);
        } catch (NativeCallException e) {
            throw new IllegalStateException(peer + " did not answer within "
                    + ANSWER_TIMEOUT_MILLIS + " ms", e);
        }
        return answer.getInt(0);
    }

    @TearDown(Level.Iteration)
    public void count() {
        int seen = answer.getInt(0);
        int missed = answer.getInt(4);
        counters.exitsReaped += seen + missed;
        counters.exitsMissed += missed;
        counters.sigchldRead += seen;
    }

    @TearDown(Level.Trial)
    public void stopPeer() {
        if (peer != null) {
            peer.close();
        }
    }
}
