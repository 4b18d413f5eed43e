package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * Waits for one descriptor to become readable, again and again without allocating: the
 * {@code struct pollfd} is made once. An interruption by a signal is retried with the time left.
 */
public final class Poller {

    private static final int EINTR = 4;

    private final int fd;
    private final Pointer pollfd = Native.allocate(8);

    public Poller(int fd) {
        this.fd = fd;
        pollfd.putInt(0, fd);
        pollfd.putShort(4, Descriptors.POLLIN);
    }

    /** Whether the descriptor became readable (data, end of file, hang-up) in time. */
    public boolean awaitReadable(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        int waitMillis = (int) timeoutMillis;
        while (true) {
            int ready = Native.LIBC.poll(pollfd, 1, waitMillis);
            if (ready >= 0) {
                return ready > 0;
            }
            if (Native.errno() != EINTR) {
                Native.check(ready, "poll(fd=" + fd + ", POLLIN, " + timeoutMillis + " ms)");
            }
            waitMillis = (int) Math.max(0, (deadline - System.nanoTime()) / 1_000_000L);
        }
    }
}
