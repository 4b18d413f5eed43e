package sigbench.bench.exit;

/**
 * The children of one measurement. Each reads one shared lifeline pipe, whose write end only
 * this JVM holds: a child exits when it reads a byte ({@link #commandExit}) or end of file
 * ({@link #releaseAll}), and so it also ends when this JVM dies in any way, SIGKILL included,
 * because the kernel closes the write end then. Closing a brood kills and reaps every child it
 * has not seen reaped.
 */
interface Brood extends AutoCloseable {

    /** How long a child may take from its spawn to waiting on its lifeline. */
    long READY_TIMEOUT_MILLIS = 10_000;

    int size();

    int pid(int index);

    /** SIGKILL to every child, one after another. */
    void killAll();

    /** One byte per child on the lifeline: each child reads its byte and exits 0. */
    void commandExit();

    /** Closes the lifeline: every child reads end of file at the same moment and exits 0. */
    void releaseAll();

    /** How many children have been seen reaped. */
    int reapedCount();

    /**
     * Throws unless every child was reaped and ended as expected: killed by SIGKILL, or exited
     * with code 0.
     */
    void requireEnded(boolean killed);

    @Override
    void close();
}
