package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * Takes signals through a signalfd(2) again and again without allocating. The descriptor is
 * blocking, so a take is poll(2) with the timeout and then one read of a
 * {@code struct signalfd_siginfo}. Like sigwaitinfo it sees only signals that stay pending, that
 * is signals blocked in every thread that could take them.
 */
public final class SignalFdTaker implements AutoCloseable {

    private static final int SFD_CLOEXEC = 0x80000;
    private static final int INFO_BYTES = 128;
    private static final int SSI_INT_OFFSET = 44;

    private final SignalSet set;
    private final int fd;
    private final Poller poller;
    private final Pointer info = Native.allocate(INFO_BYTES);

    public SignalFdTaker(SignalSet set) {
        this.set = set;
        this.fd = Native.check(Native.LIBC.signalfd(-1, set.toNative(), SFD_CLOEXEC),
                "signalfd(" + set + ", SFD_CLOEXEC)");
        this.poller = new Poller(fd);
    }

    /**
     * Takes one signal of the set, waiting at most {@code timeoutMillis}; false on timeout. A
     * negative timeout waits without limit in one blocking read, with no poll before it.
     */
    public boolean take(long timeoutMillis) {
        if (timeoutMillis >= 0 && !poller.awaitReadable(timeoutMillis)) {
            return false;
        }
        long n = Native.LIBC.read(fd, info, INFO_BYTES);
        if (n != INFO_BYTES) {
            Native.check(n < 0 ? n : -1, "read(signalfd " + set + ") = " + n + " bytes");
        }
        return true;
    }

    /** The {@code ssi_int} of the last signal taken: the value sigqueue sent with it. */
    public int lastValue() {
        return info.getInt(SSI_INT_OFFSET);
    }

    @Override
    public void close() {
        Descriptors.closeQuietly(fd);
    }
}
