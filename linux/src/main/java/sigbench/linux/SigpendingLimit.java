package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * RLIMIT_SIGPENDING: how many signals with their siginfo the kernel queues for one real user
 * at a time, counted over all of that user's processes. sigqueue(3) of a real-time signal fails
 * with EAGAIN once the receiving process's limit is reached.
 */
public final class SigpendingLimit {

    static final int RLIMIT_SIGPENDING = 11;

    private SigpendingLimit() {
    }

    /** The soft limit of this process, as the kernel applies it. */
    public static long soft() {
        Pointer old = Native.allocate(16);
        Native.check(Native.LIBC.prlimit(0, RLIMIT_SIGPENDING, null, old),
                "prlimit(this process, RLIMIT_SIGPENDING, query)");
        return old.getLong(0);
    }

    /** The hard limit of this process: no unprivileged process may set a soft limit above. */
    public static long hard() {
        Pointer old = Native.allocate(16);
        Native.check(Native.LIBC.prlimit(0, RLIMIT_SIGPENDING, null, old),
                "prlimit(this process, RLIMIT_SIGPENDING, query)");
        return old.getLong(8);
    }

    /**
     * Lowers this process's soft limit to {@code signals}; the hard limit stays. Only lowers:
     * asking for more than the current soft limit is refused.
     */
    public static void lowerSoftLimit(long signals) {
        Pointer old = Native.allocate(16);
        Native.check(Native.LIBC.prlimit(0, RLIMIT_SIGPENDING, null, old),
                "prlimit(this process, RLIMIT_SIGPENDING, query)");
        if (signals > old.getLong(0)) {
            throw new IllegalArgumentException("refusing to raise RLIMIT_SIGPENDING from "
                    + old.getLong(0) + " to " + signals);
        }
        Pointer limit = Native.allocate(16);
        limit.putLong(0, signals);
        limit.putLong(8, old.getLong(8));
        Native.check(Native.LIBC.prlimit(0, RLIMIT_SIGPENDING, limit, null),
                "prlimit(this process, RLIMIT_SIGPENDING, soft=" + signals + ")");
    }
}
