package sigbench.bench.channel;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.NativeCallException;
import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.SignalSet;
import sigbench.linux.peer.EchoPeer;

/**
 * One byte each way over an AF_UNIX SOCK_STREAM socketpair, to an {@link EchoPeer}. The read
 * has a receive timeout, so a peer that stops answering fails the run instead of hanging it.
 */
final class SocketPairChannel implements Channel {

    private final Peer peer;
    private final int fd;
    private final Pointer buffer = Native.buffer(1);

    SocketPairChannel(int peerCpu) {
        peer = Peer.start(EchoPeer.class, SignalSet.EMPTY, Integer.toString(peerCpu));
        fd = peer.channelFd();
        Descriptors.setReceiveTimeout(fd, ANSWER_TIMEOUT_MILLIS);
    }

    @Override
    public void roundTrip() {
        Descriptors.write(fd, buffer, 1);
        long read;
        try {
            read = Descriptors.read(fd, buffer, 1);
        } catch (NativeCallException e) {
            throw new IllegalStateException(peer + " did not answer within "
                    + ANSWER_TIMEOUT_MILLIS + " ms", e);
        }
        if (read != 1) {
            throw new IllegalStateException(peer + " closed the socketpair");
        }
    }

    @Override
    public void close() {
        peer.close();
    }
}
