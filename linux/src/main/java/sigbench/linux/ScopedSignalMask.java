package sigbench.linux;

/**
 * Blocks signals in the calling thread and restores the thread's previous mask on close, so a
 * test or a benchmark cannot leak a blocked signal into the next one. Close it on the thread
 * that opened it.
 */
public final class ScopedSignalMask implements AutoCloseable {

    private final SignalSet previous;
    private final Thread owner = Thread.currentThread();

    private ScopedSignalMask(SignalSet previous) {
        this.previous = previous;
    }

    public static ScopedSignalMask block(SignalSet signals) {
        return new ScopedSignalMask(Signals.blockInThisThread(signals));
    }

    /** The mask the thread had before. */
    public SignalSet previous() {
        return previous;
    }

    @Override
    public void close() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a signal mask must be restored by the thread that"
                    + " set it: " + owner.getName() + ", not " + Thread.currentThread().getName());
        }
        Signals.setThreadMask(previous);
    }
}
