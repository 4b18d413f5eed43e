package sigbench.linux;

/** waitpid(2) for callers that need its errors: {@link ChildProcess} hides them. */
public final class Wait {

    private static final int WNOHANG = 1;

    private Wait() {
    }

    /**
     * waitpid({@code pid}, WNOHANG): reaps the child and returns how it ended, or returns null
     * if it still runs. Fails with ECHILD if {@code pid} is no unwaited child of this process.
     */
    public static ExitStatus noHang(int pid) {
        Signals.requireOneProcess(pid);
        int[] status = new int[1];
        int reaped = Native.check(Native.POSIX.waitpid(pid, status, WNOHANG),
                "waitpid(pid=" + pid + ", WNOHANG)");
        return reaped == pid ? ExitStatus.decode(status[0]) : null;
    }
}
