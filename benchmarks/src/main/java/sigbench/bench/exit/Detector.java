package sigbench.bench.exit;

/**
 * One way for a parent to learn that its children ended, and to reap them. A benchmark calls
 * {@link #spawn} and {@link #prepare} outside the timed region, causes the ends, then times
 * {@link #reapAll}; {@link #finish} runs outside the timed region again.
 */
interface Detector extends AutoCloseable {

    /** How long one measurement waits for its children before it counts the rest as missed. */
    long REAP_TIMEOUT_MILLIS = 10_000;

    /** Starts {@code count} children of the kind this detector watches. */
    Brood spawn(int count);

    /** What must exist before the children end, such as their pidfds. */
    default void prepare(Brood brood) {
    }

    /**
     * Waits until every child of {@code brood} is reaped, or until {@code deadlineNanos} of
     * System.nanoTime() has passed; returns how many children are reaped.
     */
    int reapAll(Brood brood, long deadlineNanos);

    /** Releases what {@link #prepare} made. */
    default void finish(Brood brood) {
    }

    /** How many SIGCHLD this detector has read so far; 0 for those that read none. */
    default long signalsRead() {
        return 0;
    }

    @Override
    default void close() {
    }

    /** Milliseconds left until {@code deadlineNanos}, rounded up, at least 1 while any is. */
    static int millisLeft(long deadlineNanos) {
        long leftNanos = deadlineNanos - System.nanoTime();
        if (leftNanos <= 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, (leftNanos + 999_999) / 1_000_000);
    }
}
