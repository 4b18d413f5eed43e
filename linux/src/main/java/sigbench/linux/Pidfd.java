package sigbench.linux;

/**
 * A pidfd: a descriptor that names one process for as long as it is open, so a signal sent
 * through it cannot reach a process that later reuses the pid. It polls readable once the
 * process has ended.
 */
public final class Pidfd implements AutoCloseable {

    private final int pid;
    private final int fd;

    private Pidfd(int pid, int fd) {
        this.pid = pid;
        this.fd = fd;
    }

    public static Pidfd open(int pid) {
        Signals.requireOneProcess(pid);
        int fd = (int) Native.check(Native.LIBC.syscall(Syscall.PIDFD_OPEN, pid, 0, 0, 0),
                "pidfd_open(pid=" + pid + ")");
        return new Pidfd(pid, fd);
    }

    public int pid() {
        return pid;
    }

    /** The descriptor itself, for a caller that polls many pidfds at once. */
    public int fd() {
        return fd;
    }

    public void send(int signal) {
        // The message is made only on failure: a signal may be sent inside a timed region.
        long result = Native.LIBC.syscall(Syscall.PIDFD_SEND_SIGNAL, fd, signal, 0, 0);
        if (result < 0) {
            Native.check(result, "pidfd_send_signal(pid=" + pid + ", " + Signals.name(signal)
                    + ")");
        }
    }

    /** Waits at most {@code timeoutMillis} for the process to end; false if it still runs. */
    public boolean awaitExit(long timeoutMillis) {
        return Descriptors.awaitReadable(fd, timeoutMillis);
    }

    @Override
    public void close() {
        Descriptors.close(fd);
    }
}
