package sigbench.bench.exit;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;

/**
 * The write end of a brood's lifeline pipe, which only this JVM holds: one byte per child
 * makes each child exit 0, closing it makes all of them read end of file at once.
 */
final class Lifeline {

    private final int children;
    private final Pointer commands;
    private int fd;

    Lifeline(int fd, int children) {
        this.fd = fd;
        this.children = children;
        this.commands = Native.buffer(Math.max(1, children));
    }

    /** One byte for every child, in one write. */
    void commandExit() {
        if (Descriptors.write(fd, commands, children) != children) {
            throw new IllegalStateException("the lifeline took fewer than " + children
                    + " bytes");
        }
    }

    /** Closes the write end; a second release fails, as closing a closed descriptor does. */
    void release() {
        int released = fd;
        fd = -1;
        Descriptors.close(released);
    }

    /** Closes the write end if it is still open; for close paths. */
    void releaseIfOpen() {
        if (fd >= 0) {
            release();
        }
    }
}
