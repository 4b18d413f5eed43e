package sigbench.conformance;

import java.util.ArrayList;
import java.util.List;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.peer.SignalCountPeer;

/** Asks a {@link SignalCountPeer} which signals are pending for it, taking them. */
final class PendingReport {

    static final long REPORT_TIMEOUT_MILLIS = 10_000;

    private PendingReport() {
    }

    /** One pending signal as the peer took it. */
    record Taken(int signal, int value) {
    }

    static List<Taken> take(Peer peer) {
        // A read that waits longer fails with EAGAIN, so a silent peer fails the test.
        Descriptors.setReceiveTimeout(peer.channelFd(), REPORT_TIMEOUT_MILLIS);
        Pointer buffer = Native.buffer(8);
        Descriptors.writeFully(peer.channelFd(), buffer, 1);
        Descriptors.readFully(peer.channelFd(), buffer, 4);
        int count = buffer.getInt(0);
        List<Taken> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Descriptors.readFully(peer.channelFd(), buffer, 8);
            taken.add(new Taken(buffer.getInt(0), buffer.getInt(4)));
        }
        return taken;
    }
}
