package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * Makes this process a child subreaper (PR_SET_CHILD_SUBREAPER) and restores the previous
 * setting on close. While it is one, an orphaned descendant is re-parented to this process
 * instead of to init, and must be reaped here: see {@link ChildProcess#adopt}.
 */
public final class ScopedSubreaper implements AutoCloseable {

    static final int PR_SET_CHILD_SUBREAPER = 36;
    static final int PR_GET_CHILD_SUBREAPER = 37;

    private final int previous;

    private ScopedSubreaper(int previous) {
        this.previous = previous;
    }

    public static ScopedSubreaper become() {
        int previous = current();
        Native.check(Native.LIBC.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0),
                "prctl(PR_SET_CHILD_SUBREAPER, 1)");
        return new ScopedSubreaper(previous);
    }

    /** Whether this process is a child subreaper. */
    public static boolean isSubreaper() {
        return current() != 0;
    }

    private static int current() {
        Pointer value = Native.allocate(4);
        Native.check(Native.LIBC.prctl(PR_GET_CHILD_SUBREAPER, value.address(), 0, 0, 0),
                "prctl(PR_GET_CHILD_SUBREAPER)");
        return value.getInt(0);
    }

    @Override
    public void close() {
        Native.check(Native.LIBC.prctl(PR_SET_CHILD_SUBREAPER, previous, 0, 0, 0),
                "prctl(PR_SET_CHILD_SUBREAPER, " + previous + ")");
    }
}
