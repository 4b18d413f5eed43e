package sigbench.conformance;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.Peer;

/**
 * A peer's answers on its channel. Every read is bounded: one that waits longer fails with
 * EAGAIN, so a peer that stops answering fails the test instead of hanging it.
 */
final class PeerAnswers {

    static final long ANSWER_TIMEOUT_MILLIS = 20_000;

    private final Peer peer;
    private final Pointer buffer = Native.buffer(4);

    PeerAnswers(Peer peer) {
        this.peer = peer;
        Descriptors.setReceiveTimeout(peer.channelFd(), ANSWER_TIMEOUT_MILLIS);
    }

    /** Sends the one-byte request the peers answer. */
    PeerAnswers ask() {
        Descriptors.writeFully(peer.channelFd(), buffer, 1);
        return this;
    }

    int nextInt() {
        Descriptors.readFully(peer.channelFd(), buffer, 4);
        return buffer.getInt(0);
    }

    byte[] nextBytes(int count) {
        Pointer bytes = Native.buffer(count);
        Descriptors.readFully(peer.channelFd(), bytes, count);
        byte[] copy = new byte[count];
        bytes.get(0, copy, 0, count);
        return copy;
    }
}
