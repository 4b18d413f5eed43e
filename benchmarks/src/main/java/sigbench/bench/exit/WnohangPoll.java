package sigbench.bench.exit;

import java.util.concurrent.locks.LockSupport;

import sigbench.linux.Reaper;

/**
 * {@code waitpid-poll-*}: waitpid(-1, WNOHANG) in a loop, reaping whatever ended, and between
 * empty polls either nothing ({@code waitpid-poll-busy}) or a park of the interval. The
 * interval is LockSupport.parkNanos, which sleeps with nanosecond resolution on every JDK;
 * Thread.sleep on JDK 17 rounds a sub-millisecond sleep up to a whole millisecond.
 *
 * <p>A busy poll burns its CPU for as long as it waits. On the CPU of its dying child it also
 * delays that death: the child runs only when the scheduler preempts the poller.
 */
final class WnohangPoll extends NativeDetector {

    private final Reaper reaper = new Reaper();
    private final long intervalNanos;

    /** @param intervalNanos the pause between empty polls, 0 for none */
    WnohangPoll(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    @Override
    int reap(NativeBrood brood, long deadlineNanos) {
        while (brood.reapedCount() < brood.size()) {
            int pid = reaper.anyNoHang();
            if (pid > 0) {
                brood.reaped(pid, reaper.lastStatus());
                continue;
            }
            if (pid == Reaper.NO_CHILDREN) {
                throw new IllegalStateException("waitpid(-1, WNOHANG) found no child while "
                        + (brood.size() - brood.reapedCount()) + " were not reaped");
            }
            if (System.nanoTime() - deadlineNanos > 0) {
                break;
            }
            if (intervalNanos > 0) {
                LockSupport.parkNanos(intervalNanos);
            }
        }
        return brood.reapedCount();
    }
}
