package sigbench.linux;

/**
 * A child this JVM started and owns, held by a {@link Pidfd} opened right after the spawn,
 * while the unreaped child still holds its pid. Closing it kills the child if it still runs,
 * reaps it and closes the pidfd.
 */
public final class ChildProcess implements AutoCloseable {

    private static final int WNOHANG = 1;
    private static final int ESRCH = 3;
    private static final long KILL_TIMEOUT_MILLIS = 10_000;

    private final Pidfd pidfd;
    private final String description;
    private ExitStatus exit;

    ChildProcess(int pid, String description) {
        this.pidfd = Pidfd.open(pid);
        this.description = description;
    }

    /**
     * Takes charge of {@code pid}, which has become a child of this process: an orphan this
     * process adopted as a subreaper.
     */
    public static ChildProcess adopt(int pid, String description) {
        return new ChildProcess(pid, description);
    }

    public int pid() {
        return pidfd.pid();
    }

    /** Sends {@code signal} through the pidfd. Refused once the child has been reaped. */
    public void signal(int signal) {
        if (exit != null) {
            throw new IllegalStateException(this + " was already reaped: " + exit);
        }
        pidfd.send(signal);
    }

    /** Sends SIGKILL if the child has not been reaped, ignoring any error; for exit paths. */
    void killQuietly() {
        if (exit == null) {
            try {
                pidfd.send(Signals.SIGKILL);
            } catch (RuntimeException alreadyGone) {
                // An exit path has nothing better to do than go on.
            }
        }
    }

    /**
     * Waits at most {@code timeoutMillis} for the child to end and reaps it. Returns null if it
     * is still running then.
     */
    public ExitStatus awaitExit(long timeoutMillis) {
        if (exit == null && pidfd.awaitExit(timeoutMillis)) {
            int[] status = new int[1];
            int reaped = Native.check(Native.POSIX.waitpid(pid(), status, WNOHANG),
                    "waitpid(pid=" + pid() + ", WNOHANG)");
            if (reaped == pid()) {
                exit = ExitStatus.decode(status[0]);
            }
        }
        return exit;
    }

    /** For a caller that reaped the child with its own waitpid. */
    void reaped(ExitStatus status) {
        exit = status;
    }

    /** Whether the child has not been seen to end. */
    public boolean isAlive() {
        return awaitExit(0) == null;
    }

    /** Kills the child if it still runs, reaps it and closes the pidfd. */
    @Override
    public void close() {
        try {
            if (exit == null) {
                try {
                    signal(Signals.SIGKILL);
                } catch (NativeCallException e) {
                    if (e.errno() != ESRCH) {
                        throw e;
                    }
                }
                if (awaitExit(KILL_TIMEOUT_MILLIS) == null) {
                    throw new IllegalStateException(this + " did not end within "
                            + KILL_TIMEOUT_MILLIS + " ms of SIGKILL");
                }
            }
        } finally {
            pidfd.close();
        }
    }

    @Override
    public String toString() {
        return description + " (pid " + pid() + ")";
    }
}
