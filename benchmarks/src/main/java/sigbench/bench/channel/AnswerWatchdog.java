package sigbench.bench.channel;

import sigbench.linux.Affinity;

/**
 * Gives the benchmark thread's waits a timeout without putting one in the measured path.
 *
 * <p>The trap avoided: a wait with a timeout (sigtimedwait, poll) arms a kernel timer and
 * cancels it again on every message, and a pipe, an eventfd or a signalfd needs a poll before
 * its read to have a timeout at all. The native floor waits without either, so timed waits
 * would be measured as part of the channel. Here the benchmark thread waits without limit and
 * marks each wait in a volatile field; this thread looks every {@value #CHECK_MILLIS} ms, and
 * when one wait has lasted {@code timeoutMillis} it runs the wake-up it was given, which ends
 * the peer and makes the blocked wait return, and the benchmark thread then fails.
 */
final class AnswerWatchdog implements AutoCloseable {

    private static final long CHECK_MILLIS = 500;

    private final long timeoutMillis;
    private final Runnable wakeUp;
    private final Thread thread;
    private volatile long openWait;
    private volatile boolean fired;
    private volatile boolean closed;
    private long waits;

    AnswerWatchdog(String name, long timeoutMillis, Runnable wakeUp) {
        this.timeoutMillis = timeoutMillis;
        this.wakeUp = wakeUp;
        this.thread = new Thread(this::watch, "answer-watchdog " + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Marks the start of a wait; allocates nothing. */
    void waiting() {
        openWait = ++waits;
    }

    /** Marks its end; returns whether the watchdog ended it rather than an answer. */
    boolean answeredInTime() {
        openWait = 0;
        return !fired;
    }

    boolean fired() {
        return fired;
    }

    private void watch() {
        // Created by a pinned benchmark thread, it would share that CPU: it should not.
        Affinity.unpinThisThread();
        long seen = 0;
        long stuckMillis = 0;
        while (!closed) {
            try {
                Thread.sleep(CHECK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long open = openWait;
            stuckMillis = open != 0 && open == seen ? stuckMillis + CHECK_MILLIS : 0;
            seen = open;
            if (stuckMillis >= timeoutMillis && !closed) {
                fired = true;
                wakeUp.run();
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
