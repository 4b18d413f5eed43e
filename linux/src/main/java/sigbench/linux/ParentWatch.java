package sigbench.linux;

/**
 * Halts this JVM when the process that started it ends, however it ends. A JVM that Maven or
 * the JMH host started is no use once they are gone, and its own children, which watch it in
 * turn, would otherwise outlive the run. Watches through a pidfd, so it follows the parent
 * process and not, as PR_SET_PDEATHSIG would, the one parent thread that spawned this JVM.
 */
public final class ParentWatch {

    /** The exit status of a JVM halted because its parent ended. */
    public static final int PARENT_GONE_STATUS = 70;

    private static final long POLL_MILLIS = 60_000;
    private static boolean started;

    private ParentWatch() {
    }

    /** Starts the watch once per JVM; later calls do nothing. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        int parent = Native.POSIX.getppid();
        Pidfd watched = Pidfd.open(parent);
        if (Native.POSIX.getppid() != parent) {
            // The parent ended between the two reads and this JVM was handed to a reaper.
            Runtime.getRuntime().halt(PARENT_GONE_STATUS);
        }
        Thread watch = new Thread(() -> {
            while (!watched.awaitExit(POLL_MILLIS)) {
                // Still there: wait again.
            }
            Runtime.getRuntime().halt(PARENT_GONE_STATUS);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        started = true;
    }
}
