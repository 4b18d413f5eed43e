package sigbench.linux.peer;

import jnr.ffi.Pointer;
import sigbench.linux.Affinity;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.PeerRuntime;

/**
 * Echoes every byte it reads on the channel, until the channel closes.
 *
 * <p>Arguments: the CPU to pin the echo thread to, or -1 to leave it unpinned.
 */
public final class EchoPeer {

    public static void main(String[] args) {
        int channel = PeerRuntime.start();
        PeerArgs.pin(args[0]);
        Pointer buffer = Native.buffer(1);
        PeerRuntime.ready(Native.tid());
        while (Descriptors.read(channel, buffer, 1) == 1) {
            Descriptors.writeFully(channel, buffer, 1);
        }
        System.exit(0);
    }

    private EchoPeer() {
    }
}
