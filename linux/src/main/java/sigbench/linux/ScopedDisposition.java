package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * Sets a signal's disposition to {@code SIG_IGN} or {@code SIG_DFL} for the whole process and
 * restores the previous action, handler and flags included, on close. Installs no handler:
 * a Java callback must never run as a native signal handler.
 */
public final class ScopedDisposition implements AutoCloseable {

    /** glibc's {@code struct sigaction} on 64-bit Linux: handler, mask, flags, restorer. */
    static final int SIGACTION_BYTES = 152;
    static final long SIG_DFL = 0;
    static final long SIG_IGN = 1;
    static final int FLAGS_OFFSET = 136;
    static final int SA_NOCLDWAIT = 2;

    private final int signal;
    private final Pointer previous;

    private ScopedDisposition(int signal, Pointer previous) {
        this.signal = signal;
        this.previous = previous;
    }

    public static ScopedDisposition ignore(int signal) {
        return set(signal, SIG_IGN, 0, "SIG_IGN");
    }

    public static ScopedDisposition reset(int signal) {
        return set(signal, SIG_DFL, 0, "SIG_DFL");
    }

    /**
     * SIGCHLD at its default action with SA_NOCLDWAIT: the kernel reaps exited children itself,
     * and still sends SIGCHLD.
     */
    public static ScopedDisposition noChildWait() {
        return set(Signals.SIGCHLD, SIG_DFL, SA_NOCLDWAIT, "SIG_DFL, SA_NOCLDWAIT");
    }

    private static ScopedDisposition set(int signal, long handler, int flags,
            String actionName) {
        Pointer action = Native.allocate(SIGACTION_BYTES);
        action.putLong(0, handler);
        action.putInt(FLAGS_OFFSET, flags);
        Pointer previous = Native.allocate(SIGACTION_BYTES);
        Native.check(Native.LIBC.sigaction(signal, action, previous),
                "sigaction(" + Signals.name(signal) + ", " + actionName + ")");
        return new ScopedDisposition(signal, previous);
    }

    /** Whether the process ignores {@code signal} with {@code SIG_IGN}. */
    public static boolean isIgnored(int signal) {
        Pointer current = Native.allocate(SIGACTION_BYTES);
        Native.check(Native.LIBC.sigaction(signal, null, current),
                "sigaction(" + Signals.name(signal) + ", query)");
        return current.getLong(0) == SIG_IGN;
    }

    /**
     * Resets SIGCHLD to SIG_DFL if it is ignored or carries SA_NOCLDWAIT, under which the
     * kernel reaps children itself and waitpid fails with ECHILD.
     */
    static void makeChildrenWaitable() {
        Pointer current = Native.allocate(SIGACTION_BYTES);
        Native.check(Native.LIBC.sigaction(Signals.SIGCHLD, null, current),
                "sigaction(SIGCHLD, query)");
        boolean autoReaped = current.getLong(0) == SIG_IGN
                || (current.getInt(FLAGS_OFFSET) & SA_NOCLDWAIT) != 0;
        if (autoReaped) {
            Pointer action = Native.allocate(SIGACTION_BYTES);
            action.putLong(0, SIG_DFL);
            Native.check(Native.LIBC.sigaction(Signals.SIGCHLD, action, null),
                    "sigaction(SIGCHLD, SIG_DFL)");
        }
    }

    @Override
    public void close() {
        Native.check(Native.LIBC.sigaction(signal, previous, null),
                "sigaction(" + Signals.name(signal) + ", restore)");
    }
}
