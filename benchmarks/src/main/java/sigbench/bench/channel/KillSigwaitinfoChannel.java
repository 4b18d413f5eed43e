package sigbench.bench.channel;

import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.ProcStatus;
import sigbench.linux.SignalSet;
import sigbench.linux.SignalTaker;
import sigbench.linux.Signals;
import sigbench.linux.peer.SignalEchoPeer;

/**
 * SIGUSR1 sent with kill(2) to a {@link SignalEchoPeer}, which takes it with sigtimedwait and
 * answers with kill(2) to this process; the benchmark thread takes the answer with sigtimedwait.
 *
 * <p>How the answer reaches the benchmark thread: kill(2) makes the signal pending for the
 * whole process, and the kernel hands a process-directed signal to any thread that does not
 * block it. If one thread of this JVM left SIGUSR1 unblocked, the answer would run the default
 * action there and end the JVM. So this JVM must start with SIGUSR1 blocked, which every thread
 * then inherits: the benchmark launcher starts each JMH fork through
 * {@code env --block-signal}. The answer then stays pending until the benchmark thread's
 * sigtimedwait takes it. The constructor checks every thread and refuses to run otherwise.
 */
final class KillSigwaitinfoChannel implements Channel {

    private static final SignalSet SIGUSR1 = SignalSet.of(Signals.SIGUSR1);

    private final Peer peer;
    private final SignalTaker taker = new SignalTaker(SIGUSR1);

    KillSigwaitinfoChannel(int peerCpu) {
        requireBlockedInEveryThread();
        peer = Peer.start(SignalEchoPeer.class, SIGUSR1, Integer.toString(peerCpu),
                Integer.toString(Signals.SIGUSR1), Integer.toString(Native.pid()));
    }

    private static void requireBlockedInEveryThread() {
        for (ProcStatus thread : ProcStatus.ofEveryThread(Native.pid())) {
            if (!thread.blocked().containsAll(SIGUSR1)) {
                throw new IllegalStateException("thread '" + thread.name() + "' of this JVM"
                        + " does not block SIGUSR1, so an answer by kill(2) could end the JVM."
                        + " Start the JVM with SIGUSR1 blocked: run the benchmarks through"
                        + " sigbench's launcher (java -jar benchmarks.jar), not JMH's own Main");
            }
        }
    }

    @Override
    public void roundTrip() {
        Signals.kill(peer.pid(), Signals.SIGUSR1);
        if (!taker.take(ANSWER_TIMEOUT_MILLIS)) {
            throw new IllegalStateException(peer + " did not answer SIGUSR1 within "
                    + ANSWER_TIMEOUT_MILLIS + " ms");
        }
    }

    @Override
    public void close() {
        peer.close();
    }
}
