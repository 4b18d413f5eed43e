package sigbench.linux;

/**
 * waitpid(2) the way exit detectors call it, with no allocation per call: a blocking wait for
 * one child, and WNOHANG polls for one child or for any. The status of the last reaped child
 * stays readable in {@link #lastStatus()}. Use one instance per thread.
 */
public final class Reaper {

    /** What {@link #anyNoHang()} returns when this process has no child left to wait for. */
    public static final int NO_CHILDREN = -1;

    private static final int WNOHANG = 1;
    private static final int EINTR = 4;
    private static final int ECHILD = 10;

    private final int[] status = new int[1];

    /**
     * waitpid({@code pid}, 0): blocks until that child ends and reaps it; returns its pid. It
     * has no timeout of its own: the caller must make sure the child ends, by SIGKILL or by a
     * watchdog that sends it.
     */
    public int blocking(int pid) {
        Signals.requireOneProcess(pid);
        while (true) {
            int reaped = Native.POSIX.waitpid(pid, status, 0);
            if (reaped >= 0) {
                return reaped;
            }
            if (Native.errno() != EINTR) {
                Native.check(reaped, "waitpid(pid=" + pid + ", 0)");
            }
        }
    }

    /** waitpid({@code pid}, WNOHANG): its pid if that child was reaped now, 0 if it runs. */
    public int noHang(int pid) {
        Signals.requireOneProcess(pid);
        int reaped = Native.POSIX.waitpid(pid, status, WNOHANG);
        return reaped >= 0 ? reaped : Native.check(reaped, "waitpid(pid=" + pid + ", WNOHANG)");
    }

    /**
     * waitpid(-1, WNOHANG): the pid of some child of this process reaped now, 0 if every
     * child still runs, {@link #NO_CHILDREN} if there is none. Use it only in a process whose
     * children are all the caller's: it reaps whichever child ended.
     */
    public int anyNoHang() {
        int reaped = Native.POSIX.waitpid(-1, status, WNOHANG);
        if (reaped >= 0) {
            return reaped;
        }
        if (Native.errno() == ECHILD) {
            return NO_CHILDREN;
        }
        return Native.check(reaped, "waitpid(-1, WNOHANG)");
    }

    /** The raw wait status of the child reaped last. */
    public int lastStatus() {
        return status[0];
    }

    /**
     * Records that {@code child} was reaped by this caller with raw wait status
     * {@code status}, so closing it neither signals nor waits again; returns how it ended.
     */
    public static ExitStatus markReaped(ChildProcess child, int status) {
        ExitStatus exit = ExitStatus.decode(status);
        child.reaped(exit);
        return exit;
    }
}
