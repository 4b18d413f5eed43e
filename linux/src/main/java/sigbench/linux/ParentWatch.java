package sigbench.linux;

/**
 * Halts this JVM when the process that started it ends, however it ends. A JVM that Maven or
 * the JMH host started is no use once they are gone, and its own children, which watch it in
 * turn, would otherwise outlive the run. Watches through a pidfd, so it follows the parent
 * process and not, as PR_SET_PDEATHSIG would, the one parent thread that spawned this JVM.
 *
 * <p>The parent may be gone before the watch starts, and this JVM already handed to a reaper.
 * So the starter names itself in the system property {@value #PARENT_PROPERTY} where it can;
 * where it cannot, a parent of pid 1 counts as gone.
 * Limitation: without the property, an orphan adopted by a subreaper other than pid 1 is
 * taken for a child of the subreaper.
 */
public final class ParentWatch {

    /** The system property in which a starter passes its own pid. */
    public static final String PARENT_PROPERTY = "sigbench.parentPid";

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
        String expected = System.getProperty(PARENT_PROPERTY);
        boolean orphaned = expected == null ? parent == 1 : parent != Integer.parseInt(expected);
        Pidfd watched = Pidfd.open(parent);
        if (orphaned || Native.POSIX.getppid() != parent) {
            haltForGoneParent();
        }
        Thread watch = new Thread(() -> {
            while (!watched.awaitExit(POLL_MILLIS)) {
                // Still there: wait again.
            }
            haltForGoneParent();
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        started = true;
    }

    private static void haltForGoneParent() {
        Peer.killOpenPeers();
        Runtime.getRuntime().halt(PARENT_GONE_STATUS);
    }
}
