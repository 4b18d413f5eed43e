package sigbench.linux.peer;

import jnr.ffi.Pointer;
import sigbench.linux.ChildProcess;
import sigbench.linux.Descriptors;
import sigbench.linux.ExitStatus;
import sigbench.linux.Native;
import sigbench.linux.PeerRuntime;
import sigbench.linux.PollSet;
import sigbench.linux.ScopedSignalMask;
import sigbench.linux.SigchldFd;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;
import sigbench.linux.Spawn;

/**
 * Counts the child exits a signalfd for SIGCHLD misses in a JVM that did not start with
 * SIGCHLD blocked. Start it with an empty mask. Its worker thread does the best a program can
 * do after the fact: it blocks SIGCHLD in itself, opens the signalfd, and spawns the children
 * itself. Every other thread of the JVM leaves SIGCHLD unblocked, and the kernel may hand the
 * signal to any of them, whose default action then discards it.
 *
 * <p>Each request is a 4-byte count N. For each of N children, one at a time: spawn
 * {@code dd} reading a lifeline pipe, SIGKILL it through its pidfd, wait up to
 * {@value #SEEN_TIMEOUT_MILLIS} ms for the signalfd to become readable, then reap the child
 * through its pidfd whatever happened. The answer is two 4-byte counts: exits seen, exits
 * missed.
 */
public final class UnmaskedSigchldPeer {

    /** Far above the ~0.1 ms a SIGCHLD takes when it is not lost. */
    public static final int SEEN_TIMEOUT_MILLIS = 10;

    private static final long REAP_TIMEOUT_MILLIS = 5_000;

    public static void main(String[] args) {
        int channel = PeerRuntime.start();
        String dd = args[0];
        try (ScopedSignalMask blocked = ScopedSignalMask.block(SignalSet.of(Signals.SIGCHLD));
                SigchldFd signals = SigchldFd.open()) {
            PollSet poll = new PollSet(1);
            poll.watch(0, signals.fd());
            Pointer request = Native.buffer(4);
            Pointer answer = Native.buffer(8);
            PeerRuntime.ready(Native.tid());
            while (Descriptors.read(channel, request, 4) == 4) {
                int seen = 0;
                int count = request.getInt(0);
                for (int i = 0; i < count; i++) {
                    if (oneExitSeen(dd, signals, poll)) {
                        seen++;
                    }
                }
                answer.putInt(0, seen);
                answer.putInt(4, count - seen);
                Descriptors.writeFully(channel, answer, 8);
            }
        }
        System.exit(0);
    }

    private static boolean oneExitSeen(String dd, SigchldFd signals, PollSet poll) {
        int[] lifeline = Descriptors.pipe();
        try (ChildProcess child = Spawn.program(dd)
                .args("bs=1", "count=1", "of=/dev/null", "status=none")
                .fd(0, lifeline[0]).fd(1, 2).fd(2, 2).start()) {
            Descriptors.close(lifeline[0]);
            signals.drain();
            child.signal(Signals.SIGKILL);
            boolean seen = poll.await(SEEN_TIMEOUT_MILLIS) > 0 && signals.drain() > 0;
            ExitStatus exit = child.awaitExit(REAP_TIMEOUT_MILLIS);
            if (exit == null) {
                throw new IllegalStateException(child + " did not end within "
                        + REAP_TIMEOUT_MILLIS + " ms of SIGKILL");
            }
            return seen;
        } finally {
            Descriptors.close(lifeline[1]);
        }
    }

    private UnmaskedSigchldPeer() {
    }
}
