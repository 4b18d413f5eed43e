package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * Checked descriptor calls. Every descriptor made here is close-on-exec: a child receives only
 * the ones {@link Spawn} hands it, so no child can hold the far end of a channel open.
 */
public final class Descriptors {

    static final int AF_UNIX = 1;
    static final int SOCK_STREAM = 1;
    static final int SOCK_CLOEXEC = 0x80000;
    static final int O_CLOEXEC = 0x80000;
    static final int SOL_SOCKET = 1;
    static final int SO_RCVTIMEO = 20;
    static final short POLLIN = 0x1;
    private static final int EINTR = 4;

    private Descriptors() {
    }

    /** A connected AF_UNIX SOCK_STREAM pair. */
    public static int[] socketPair() {
        int[] fds = new int[2];
        Native.check(Native.LIBC.socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds),
                "socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC)");
        return fds;
    }

    /** A pipe: index 0 reads, index 1 writes. */
    public static int[] pipe() {
        int[] fds = new int[2];
        Native.check(Native.LIBC.pipe2(fds, O_CLOEXEC), "pipe2(O_CLOEXEC)");
        return fds;
    }

    /**
     * Makes a blocking read on socket {@code fd} fail with EAGAIN after {@code timeoutMillis},
     * so a peer that stops answering ends a measurement instead of hanging it.
     */
    public static void setReceiveTimeout(int fd, long timeoutMillis) {
        Pointer timeval = Native.allocate(16);
        timeval.putLong(0, timeoutMillis / 1000);
        timeval.putLong(8, (timeoutMillis % 1000) * 1000);
        Native.check(Native.LIBC.setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, timeval, 16),
                "setsockopt(fd=" + fd + ", SO_RCVTIMEO, " + timeoutMillis + " ms)");
    }

    /** read(2); returns the byte count, 0 at end of file. */
    public static long read(int fd, Pointer buffer, long count) {
        long n = Native.LIBC.read(fd, buffer, count);
        return n >= 0 ? n : Native.check(n, "read(fd=" + fd + ", count=" + count + ")");
    }

    /** write(2); returns the byte count. */
    public static long write(int fd, Pointer buffer, long count) {
        long n = Native.LIBC.write(fd, buffer, count);
        return n >= 0 ? n : Native.check(n, "write(fd=" + fd + ", count=" + count + ")");
    }

    /** Reads exactly {@code count} bytes, or throws on end of file. */
    public static void readFully(int fd, Pointer buffer, int count) {
        int done = 0;
        while (done < count) {
            long n = read(fd, buffer.slice(done), count - done);
            if (n == 0) {
                throw new IllegalStateException("end of file on fd " + fd + " after " + done
                        + " of " + count + " bytes: the other end closed");
            }
            done += (int) n;
        }
    }

    /** Writes exactly {@code count} bytes. */
    public static void writeFully(int fd, Pointer buffer, int count) {
        int done = 0;
        while (done < count) {
            done += (int) write(fd, buffer.slice(done), count - done);
        }
    }

    /**
     * Waits at most {@code timeoutMillis} for {@code fd} to become readable (data, end of file
     * or hang-up). Returns false on timeout.
     */
    public static boolean awaitReadable(int fd, long timeoutMillis) {
        Pointer pollfd = Native.allocate(8);
        pollfd.putInt(0, fd);
        pollfd.putShort(4, POLLIN);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            int leftMillis = (int) Math.max(0, (deadline - System.nanoTime()) / 1_000_000L);
            int ready = Native.LIBC.poll(pollfd, 1, leftMillis);
            if (ready >= 0) {
                return ready > 0;
            }
            if (Native.errno() != EINTR) {
                Native.check(ready, "poll(fd=" + fd + ", POLLIN, " + timeoutMillis + " ms)");
            }
        }
    }

    public static void close(int fd) {
        Native.check(Native.POSIX.close(fd), "close(fd=" + fd + ")");
    }

    /** Closes {@code fd} if it is not negative; for cleanup paths that must go on. */
    static void closeQuietly(int fd) {
        if (fd >= 0) {
            Native.POSIX.close(fd);
        }
    }
}
