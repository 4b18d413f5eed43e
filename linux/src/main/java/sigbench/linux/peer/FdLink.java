package sigbench.linux.peer;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.NativeCallException;
import sigbench.linux.Poller;

/**
 * A link over byte descriptors: one socket both ways (stream or seqpacket), or two pipes.
 *
 * <p>How a take waits: a socket has a receive timeout (SO_RCVTIMEO), so a full-length wait is
 * one blocking read; a pipe has none, so every wait is poll(2) with the timeout and then the
 * read, one system call more.
 *
 * <p>Limitation: a seqpacket record must fit the socket's send buffer, so a payload is sent as
 * records of at most {@value #RECORD_BYTES} bytes; the receiver counts the message once all its
 * bytes have come.
 */
final class FdLink implements Link {

    static final int RECORD_BYTES = 64 * 1024;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;

    private final int sendFd;
    private final int receiveFd;
    private final boolean records;
    private final boolean receiveTimeout;
    private final Poller poller;
    private final Pointer outgoing = Native.buffer(MAX_PAYLOAD_BYTES);
    private final Pointer incoming = Native.buffer(MAX_PAYLOAD_BYTES);

    private FdLink(int sendFd, int receiveFd, boolean records, boolean receiveTimeout) {
        this.sendFd = sendFd;
        this.receiveFd = receiveFd;
        this.records = records;
        this.receiveTimeout = receiveTimeout;
        this.poller = new Poller(receiveFd);
        if (receiveTimeout) {
            Descriptors.setReceiveTimeout(receiveFd, TIMEOUT_MILLIS);
        }
    }

    static FdLink socket(int fd, boolean records) {
        return new FdLink(fd, fd, records, true);
    }

    /** A socket end whose takes may wait without limit: it has no receive timeout. */
    static FdLink untimedSocket(int fd, boolean records) {
        return new FdLink(fd, fd, records, false);
    }

    static FdLink pipes(int sendFd, int receiveFd) {
        return new FdLink(sendFd, receiveFd, false, false);
    }

    @Override
    public boolean offer(int sequence, int payloadBytes) {
        int chunk = records ? RECORD_BYTES : payloadBytes;
        int done = 0;
        while (done < payloadBytes) {
            int count = Math.min(chunk, payloadBytes - done);
            // The payload's content does not matter: every write starts at the buffer's start.
            done += (int) Descriptors.write(sendFd, outgoing, count);
        }
        return true;
    }

    @Override
    public int poll(int payloadBytes, long timeoutMillis) {
        boolean blockingRead = timeoutMillis == FOREVER
                || receiveTimeout && timeoutMillis == TIMEOUT_MILLIS;
        if (!blockingRead && !poller.awaitReadable(timeoutMillis)) {
            return 0;
        }
        int done = 0;
        while (done < payloadBytes) {
            long n = readOnce(payloadBytes - done);
            if (n < 0) {
                if (done == 0) {
                    return 0;
                }
                throw new IllegalStateException("fd " + receiveFd + ": " + done + " of "
                        + payloadBytes + " bytes came, then nothing for " + TIMEOUT_MILLIS
                        + " ms");
            }
            if (n == 0) {
                throw new IllegalStateException("end of file on fd " + receiveFd + " after "
                        + done + " of " + payloadBytes + " bytes: the other end closed");
            }
            done += (int) n;
        }
        return 1;
    }

    /** One read; -1 if the receive timeout passed. */
    private long readOnce(int wantedBytes) {
        while (true) {
            try {
                return Descriptors.read(receiveFd, incoming, wantedBytes);
            } catch (NativeCallException e) {
                if (e.errno() == EAGAIN) {
                    return -1;
                }
                if (e.errno() != EINTR) {
                    throw e;
                }
            }
        }
    }

    @Override
    public int lastSequence() {
        return -1;
    }

    @Override
    public void close() {
        // The descriptors belong to whoever made the channel.
    }
}
