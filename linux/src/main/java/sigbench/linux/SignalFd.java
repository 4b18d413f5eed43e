package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * A signalfd(2): reads the signals of its set that are pending for the calling thread or for
 * the process. Only signals blocked in the thread that would take them stay pending long
 * enough to be read; the others get their action first.
 */
public final class SignalFd implements AutoCloseable {

    static final int SFD_NONBLOCK = 0x800;
    static final int SFD_CLOEXEC = 0x80000;
    /** {@code struct signalfd_siginfo}. */
    static final int SIGINFO_BYTES = 128;
    private static final int EAGAIN = 11;

    private final SignalSet set;
    private final int fd;
    private final Pointer info = Native.allocate(SIGINFO_BYTES);

    private SignalFd(SignalSet set, int fd) {
        this.set = set;
        this.fd = fd;
    }

    public static SignalFd open(SignalSet set) {
        int fd = Native.check(Native.LIBC.signalfd(-1, set.toNative(),
                SFD_NONBLOCK | SFD_CLOEXEC), "signalfd(" + set + ", SFD_NONBLOCK|SFD_CLOEXEC)");
        return new SignalFd(set, fd);
    }

    /** Whether a signal of the set is pending for the calling thread or its process now. */
    public boolean isReadable() {
        return Descriptors.awaitReadable(fd, 0);
    }

    /**
     * Reads one pending signal, waiting at most {@code timeoutMillis}; null if none came. The
     * value is {@code ssi_int} for a queued signal, {@code ssi_status} for SIGCHLD.
     */
    public SignalInfo read(long timeoutMillis) {
        if (!Descriptors.awaitReadable(fd, timeoutMillis)) {
            return null;
        }
        long n = Native.LIBC.read(fd, info, SIGINFO_BYTES);
        if (n < 0 && Native.errno() == EAGAIN) {
            return null;
        }
        Native.check(n, "read(signalfd " + set + ")");
        int signal = info.getInt(0);
        int code = info.getInt(8);
        int value = signal == Signals.SIGCHLD ? info.getInt(40) : info.getInt(44);
        return new SignalInfo(signal, code, info.getInt(12), value);
    }

    @Override
    public void close() {
        Descriptors.close(fd);
    }
}
