package sigbench.bench.exit;

import sigbench.linux.Reaper;

/**
 * {@code waitpid-blocking}: the thread blocks in waitpid(pid, 0) for each child in turn, as
 * the JDK's reaper threads do for theirs. The kernel wakes it when the child becomes a zombie.
 * A {@link Watchdog} bounds the wait.
 */
final class BlockingWaitpid extends NativeDetector {

    private final Reaper reaper = new Reaper();
    private final Watchdog watchdog = new Watchdog();

    @Override
    int reap(NativeBrood brood, long deadlineNanos) {
        watchdog.guard(brood, deadlineNanos);
        try {
            for (int i = 0; i < brood.size(); i++) {
                if (!brood.isReaped(i)) {
                    int pid = reaper.blocking(brood.pid(i));
                    brood.reaped(pid, reaper.lastStatus());
                }
            }
        } finally {
            watchdog.release();
        }
        if (watchdog.fired()) {
            throw new IllegalStateException("a child did not end within "
                    + REAP_TIMEOUT_MILLIS + " ms; the watchdog killed it");
        }
        return brood.reapedCount();
    }

    @Override
    public void close() {
        watchdog.close();
    }
}
