package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * A non-blocking signalfd(2) for SIGCHLD, read in batches into a buffer allocated once, so a
 * read inside a timed region allocates nothing. It reads only what stays pending: SIGCHLD must
 * be blocked in every thread of the process, or a thread that does not block it takes the
 * signal first and its default action discards it. Standard signals coalesce: one read may
 * stand for many exits, so a reader reaps with a WNOHANG loop, never one child per signal.
 */
public final class SigchldFd implements AutoCloseable {

    private static final int SIGINFO_BYTES = SignalFd.SIGINFO_BYTES;
    private static final int BATCH = 64;
    private static final int EAGAIN = 11;

    private final int fd;
    private final Pointer buffer = Native.allocate(SIGINFO_BYTES * BATCH);

    private SigchldFd(int fd) {
        this.fd = fd;
    }

    public static SigchldFd open() {
        SignalSet set = SignalSet.of(Signals.SIGCHLD);
        int fd = Native.check(Native.LIBC.signalfd(-1, set.toNative(),
                SignalFd.SFD_NONBLOCK | SignalFd.SFD_CLOEXEC),
                "signalfd({SIGCHLD}, SFD_NONBLOCK|SFD_CLOEXEC)");
        return new SigchldFd(fd);
    }

    public int fd() {
        return fd;
    }

    /** Reads every SIGCHLD pending now, without waiting; returns how many were read. */
    public int drain() {
        int count = 0;
        while (true) {
            long n = Native.LIBC.read(fd, buffer, (long) SIGINFO_BYTES * BATCH);
            if (n < 0) {
                if (Native.errno() == EAGAIN) {
                    return count;
                }
                Native.check(n, "read(signalfd {SIGCHLD})");
            }
            count += (int) (n / SIGINFO_BYTES);
            if (n < (long) SIGINFO_BYTES * BATCH) {
                return count;
            }
        }
    }

    @Override
    public void close() {
        Descriptors.close(fd);
    }
}
