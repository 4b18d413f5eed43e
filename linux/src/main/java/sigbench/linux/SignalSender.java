package sigbench.linux;

/**
 * Sends one signal again and again without allocating, by one of the four ways Linux offers:
 * kill(2) and sigqueue(3) to a process, tgkill(2) to one thread, pidfd_send_signal(2) through a
 * pidfd. The error message is built only when a call fails, so a measured loop pays for the
 * system call alone. Signals go only to one positive process id, never to 0 or -1.
 */
public final class SignalSender implements AutoCloseable {

    private static final int EAGAIN = 11;

    private enum Way { KILL, SIGQUEUE, TGKILL, PIDFD }

    private final Way way;
    private final int pid;
    private final int tid;
    private final int pidfd;
    private final int signal;

    private SignalSender(Way way, int pid, int tid, int pidfd, int signal) {
        Signals.requireOneProcess(pid);
        this.way = way;
        this.pid = pid;
        this.tid = tid;
        this.pidfd = pidfd;
        this.signal = signal;
    }

    /** kill(pid, signal): process-directed, any thread that does not block it may take it. */
    public static SignalSender kill(int pid, int signal) {
        return new SignalSender(Way.KILL, pid, 0, -1, signal);
    }

    /** sigqueue(pid, signal, value): queued with its value if {@code signal} is real-time. */
    public static SignalSender sigqueue(int pid, int signal) {
        return new SignalSender(Way.SIGQUEUE, pid, 0, -1, signal);
    }

    /** tgkill(pid, tid, signal): pending for thread {@code tid} alone. */
    public static SignalSender tgkill(int pid, int tid, int signal) {
        Signals.requireOneProcess(tid);
        return new SignalSender(Way.TGKILL, pid, tid, -1, signal);
    }

    /** pidfd_send_signal through a pidfd opened now, which {@link #close} closes. */
    public static SignalSender pidfd(int pid, int signal) {
        Signals.requireOneProcess(pid);
        int fd = (int) Native.check(Native.LIBC.syscall(Syscall.PIDFD_OPEN, pid, 0, 0, 0),
                "pidfd_open(pid=" + pid + ")");
        return new SignalSender(Way.PIDFD, pid, 0, fd, signal);
    }

    /**
     * Sends the signal; {@code value} travels only with sigqueue. Returns false if the kernel
     * refused to queue it (EAGAIN: the real-time queue is at RLIMIT_SIGPENDING); any other
     * failure throws.
     */
    public boolean send(int value) {
        long result = switch (way) {
            case KILL -> Native.LIBC.kill(pid, signal);
            case SIGQUEUE -> Native.LIBC.sigqueue(pid, signal, value);
            case TGKILL -> Native.LIBC.syscall(Syscall.TGKILL, pid, tid, signal, 0);
            case PIDFD -> Native.LIBC.syscall(Syscall.PIDFD_SEND_SIGNAL, pidfd, signal, 0, 0);
        };
        if (result >= 0) {
            return true;
        }
        int errno = Native.errno();
        if (errno == EAGAIN) {
            return false;
        }
        throw new NativeCallException(describe(value), errno);
    }

    private String describe(int value) {
        String name = Signals.name(signal);
        return switch (way) {
            case KILL -> "kill(pid=" + pid + ", " + name + ")";
            case SIGQUEUE -> "sigqueue(pid=" + pid + ", " + name + ", value=" + value + ")";
            case TGKILL -> "tgkill(pid=" + pid + ", tid=" + tid + ", " + name + ")";
            case PIDFD -> "pidfd_send_signal(pid=" + pid + ", " + name + ")";
        };
    }

    @Override
    public void close() {
        if (pidfd >= 0) {
            Descriptors.closeQuietly(pidfd);
        }
    }
}
