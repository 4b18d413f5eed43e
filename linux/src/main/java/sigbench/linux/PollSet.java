package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * poll(2) over a fixed table of descriptors, allocated once, so a wait inside a timed region
 * allocates nothing. A slot is dropped by {@link #drop}: poll skips negative descriptors.
 */
public final class PollSet {

    private static final int POLLFD_BYTES = 8;
    private static final short POLLIN = 0x1;
    private static final int EINTR = 4;

    private final Pointer table;
    private final int size;

    /** A table of {@code size} slots, each watching nothing until {@link #watch}. */
    public PollSet(int size) {
        this.size = size;
        this.table = Native.allocate(Math.max(1, size) * POLLFD_BYTES);
        for (int slot = 0; slot < size; slot++) {
            drop(slot);
        }
    }

    public int size() {
        return size;
    }

    /** Slot {@code slot} waits for {@code fd} to become readable. */
    public void watch(int slot, int fd) {
        table.putInt((long) slot * POLLFD_BYTES, fd);
        table.putShort((long) slot * POLLFD_BYTES + 4, POLLIN);
        table.putShort((long) slot * POLLFD_BYTES + 6, (short) 0);
    }

    /** Slot {@code slot} watches nothing any more. */
    public void drop(int slot) {
        table.putInt((long) slot * POLLFD_BYTES, -1);
        table.putShort((long) slot * POLLFD_BYTES + 6, (short) 0);
    }

    /**
     * Waits at most {@code timeoutMillis} (0: do not wait) for a watched descriptor to be
     * readable or hung up; returns how many are. An interruption counts as none ready.
     */
    public int await(int timeoutMillis) {
        int ready = Native.LIBC.poll(table, size, timeoutMillis);
        if (ready >= 0) {
            return ready;
        }
        if (Native.errno() == EINTR) {
            return 0;
        }
        return Native.check(ready, "poll(" + size + " descriptors, " + timeoutMillis + " ms)");
    }

    /** Whether the last {@link #await} found slot {@code slot} ready. */
    public boolean isReady(int slot) {
        return table.getShort((long) slot * POLLFD_BYTES + 6) != 0;
    }
}
