package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * Takes signals with sigtimedwait(2) again and again without allocating: the set, the
 * {@code siginfo_t} and the timeout live in native memory made once. For one thread at a time;
 * the signals must be blocked in that thread, or the kernel may run their default action first.
 */
public final class SignalTaker {

    private static final int SIGINFO_BYTES = 128;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;

    private final SignalSet set;
    private final Pointer nativeSet;
    private final Pointer info = Native.allocate(SIGINFO_BYTES);
    private final Pointer timeout = Native.allocate(16);

    public SignalTaker(SignalSet set) {
        this.set = set;
        this.nativeSet = set.toNative();
    }

    /**
     * Waits at most {@code timeoutMillis} for one signal of the set. Returns false on timeout.
     * An interruption by a signal outside the set is retried with the time left.
     */
    public boolean take(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            long leftNanos = Math.max(0, deadline - System.nanoTime());
            timeout.putLong(0, leftNanos / 1_000_000_000L);
            timeout.putLong(8, leftNanos % 1_000_000_000L);
            if (Native.LIBC.sigtimedwait(nativeSet, info, timeout) > 0) {
                return true;
            }
            int errno = Native.errno();
            if (errno == EAGAIN) {
                return false;
            }
            if (errno != EINTR) {
                throw new NativeCallException(
                        "sigtimedwait(" + set + ", timeout=" + timeoutMillis + " ms)", errno);
            }
        }
    }

    /**
     * Waits for one signal of the set with sigwaitinfo(2), without a timeout: for a process
     * whose lifeline ends it if its parent goes. No kernel timer is armed, so a wait costs what
     * it costs a plain C program. An interruption by a signal outside the set is retried.
     */
    public void takeUntimed() {
        while (Native.LIBC.sigwaitinfo(nativeSet, info) <= 0) {
            int errno = Native.errno();
            if (errno != EINTR) {
                throw new NativeCallException("sigwaitinfo(" + set + ")", errno);
            }
        }
    }

    /** The signal number the last successful {@link #take} returned. */
    public int lastSignal() {
        return info.getInt(0);
    }

    /** The {@code sigval} integer of the last signal, meaningful for sigqueue. */
    public int lastValue() {
        return info.getInt(24);
    }

    /** What the last successful {@link #take} returned. */
    public SignalInfo last() {
        return new SignalInfo(info.getInt(0), info.getInt(8), info.getInt(16), info.getInt(24));
    }
}
