package sigbench.linux.peer;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.PeerRuntime;
import sigbench.linux.SignalSet;

/**
 * Starts a peer of its own, an {@link EchoPeer}, tells its parent the pid of that grandchild,
 * and then waits for its lifeline. Kill this one and the grandchild shows whether a peer
 * outlives its parent.
 */
public final class SpawningPeer {

    public static void main(String[] args) throws InterruptedException {
        int channel = PeerRuntime.start();
        Peer grandchild = Peer.start(EchoPeer.class, SignalSet.EMPTY, "-1");
        PeerRuntime.ready(Native.tid());
        Pointer pid = Native.buffer(4);
        pid.putInt(0, grandchild.pid());
        Descriptors.writeFully(channel, pid, 4);
        Thread.sleep(Long.MAX_VALUE);
    }

    private SpawningPeer() {
    }
}
