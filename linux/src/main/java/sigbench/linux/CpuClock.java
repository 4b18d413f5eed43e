package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * CPU time consumed so far, in nanoseconds, read with clock_gettime(2). The JDK's own
 * process CPU time on Linux comes from times(2), in 10 ms ticks, too coarse to price one
 * detected exit; these clocks count nanoseconds. Each instance keeps its buffer, so a read
 * allocates nothing; use one instance per thread.
 */
public final class CpuClock {

    static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    static final int CLOCK_THREAD_CPUTIME_ID = 3;

    private final Pointer timespec = Native.allocate(16);

    /** CPU time of every thread of this process, user and system. */
    public long processNanos() {
        return read(CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID");
    }

    /** CPU time of the calling thread, user and system. */
    public long threadNanos() {
        return read(CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID");
    }

    private long read(int clock, String clockName) {
        if (Native.LIBC.clock_gettime(clock, timespec) != 0) {
            Native.check(-1, "clock_gettime(" + clockName + ")");
        }
        return timespec.getLong(0) * 1_000_000_000L + timespec.getLong(8);
    }
}
