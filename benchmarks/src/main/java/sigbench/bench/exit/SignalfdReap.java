package sigbench.bench.exit;

import sigbench.linux.Native;
import sigbench.linux.PollSet;
import sigbench.linux.ProcStatus;
import sigbench.linux.Reaper;
import sigbench.linux.SigchldFd;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * {@code signalfd}: poll a signalfd for SIGCHLD, read every pending one, then reap with
 * waitpid(-1, WNOHANG) until it finds nothing, and again until every child is reaped.
 *
 * <p>The trap: SIGCHLD is sent to the process, and the kernel hands it to any thread that
 * does not block it, where its default action discards it before the signalfd can read it.
 * A JVM has about twenty threads, so this works only in a JVM that started with SIGCHLD
 * blocked: the masked JMH forks. The constructor checks every thread and refuses otherwise.
 * And SIGCHLD is a standard signal: exits that end close together coalesce into fewer
 * signals, so one signal never stands for one child.
 */
final class SignalfdReap extends NativeDetector {

    private final Reaper reaper = new Reaper();
    private final SigchldFd signals;
    private final PollSet poll = new PollSet(1);
    private long read;

    SignalfdReap() {
        requireBlockedInEveryThread();
        signals = SigchldFd.open();
        poll.watch(0, signals.fd());
    }

    private static void requireBlockedInEveryThread() {
        SignalSet sigchld = SignalSet.of(Signals.SIGCHLD);
        for (ProcStatus thread : ProcStatus.ofEveryThread(Native.pid())) {
            if (!thread.blocked().containsAll(sigchld)) {
                throw new IllegalStateException("thread '" + thread.name() + "' of this JVM"
                        + " does not block SIGCHLD, so it would take and discard the signals"
                        + " the signalfd waits for. Run through sigbench's launcher, whose"
                        + " forks start with SIGCHLD blocked");
            }
        }
    }

    /** Discards signals left by earlier children, so each measurement waits for its own. */
    @Override
    public void prepare(Brood brood) {
        signals.drain();
    }

    @Override
    int reap(NativeBrood brood, long deadlineNanos) {
        while (brood.reapedCount() < brood.size()) {
            int leftMillis = Detector.millisLeft(deadlineNanos);
            if (leftMillis == 0) {
                break;
            }
            if (poll.await(leftMillis) == 0) {
                continue;
            }
            read += signals.drain();
            int pid;
            while ((pid = reaper.anyNoHang()) > 0) {
                brood.reaped(pid, reaper.lastStatus());
            }
            if (pid == Reaper.NO_CHILDREN && brood.reapedCount() < brood.size()) {
                throw new IllegalStateException("waitpid(-1, WNOHANG) found no child while "
                        + (brood.size() - brood.reapedCount()) + " were not reaped");
            }
        }
        return brood.reapedCount();
    }

    @Override
    public long signalsRead() {
        return read;
    }

    @Override
    public void close() {
        signals.close();
    }
}
