package sigbench.bench.exit;

import java.util.concurrent.locks.LockSupport;

/**
 * Bounds a blocking waitpid, which has no timeout of its own: a daemon thread that sends
 * SIGKILL, through each child's pidfd, to every child still unreaped once the guarded wait
 * has passed its deadline. The wait then returns, with the child killed by SIGKILL, which
 * the benchmark reports. The thread looks ten times a second; create it before pinning the
 * benchmark thread, so it does not share that CPU.
 */
final class Watchdog implements AutoCloseable {

    private static final long CHECK_NANOS = 100_000_000L;
    private static final long JOIN_MILLIS = 1_000;

    private final Thread thread = new Thread(this::watch, "exit-watchdog");
    private volatile long deadlineNanos;
    private volatile NativeBrood guarded;
    private volatile boolean fired;
    private volatile boolean closed;

    Watchdog() {
        thread.setDaemon(true);
        thread.start();
    }

    /** Guards {@code brood} until {@link #release}. */
    void guard(NativeBrood brood, long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
        this.guarded = brood;
    }

    void release() {
        guarded = null;
    }

    /** Whether it has killed children since the last call, and forgets it. */
    boolean fired() {
        boolean was = fired;
        fired = false;
        return was;
    }

    private void watch() {
        while (!closed) {
            NativeBrood brood = guarded;
            if (brood != null && System.nanoTime() - deadlineNanos > 0) {
                guarded = null;
                fired = true;
                brood.killUnreaped();
            }
            LockSupport.parkNanos(CHECK_NANOS);
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
