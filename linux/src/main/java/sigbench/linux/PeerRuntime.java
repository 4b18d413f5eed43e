package sigbench.linux;

import java.io.IOException;

import jnr.ffi.Pointer;

/**
 * The peer's side of {@link Peer}: watches the lifeline, announces readiness on the channel.
 */
public final class PeerRuntime {

    private PeerRuntime() {
    }

    /**
     * Starts the lifeline watch: a daemon thread that halts this JVM when its standard input
     * reaches end of file, that is when the parent has closed the lifeline or has died. Returns
     * the channel descriptor.
     */
    public static int start() {
        Thread watch = new Thread(PeerRuntime::haltAtEndOfLifeline, "lifeline");
        watch.setDaemon(true);
        watch.start();
        return Peer.CHANNEL_FD;
    }

    private static void haltAtEndOfLifeline() {
        try {
            while (System.in.read() != -1) {
                // The parent never writes; anything read is ignored.
            }
        } catch (IOException e) {
            // A broken lifeline ends the peer like a closed one.
        }
        Runtime.getRuntime().halt(0);
    }

    /** Tells the parent this peer is ready; {@code workerTid} is the thread it should signal. */
    public static void ready(int workerTid) {
        Pointer hello = Native.allocate(8);
        hello.putInt(0, Native.pid());
        hello.putInt(4, workerTid);
        Descriptors.writeFully(Peer.CHANNEL_FD, hello, 8);
    }

    /** The parent's pid, checked against what the parent said it is. */
    public static int parentPid(String expected) {
        int parent = Native.POSIX.getppid();
        if (parent != Integer.parseInt(expected)) {
            throw new IllegalStateException("this peer's parent is " + parent
                    + ", not the expected " + expected + ": the parent has gone");
        }
        return parent;
    }
}
