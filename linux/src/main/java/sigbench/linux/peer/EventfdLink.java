package sigbench.linux.peer;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.Poller;

/**
 * A link over two eventfd counters, one each way. A message adds 1 to the counter; a read
 * returns the sum of every message since the last read and resets it, so nothing is lost, but
 * several messages can arrive as one read. A timed take is poll(2) and then the read: an
 * eventfd has no receive timeout.
 */
final class EventfdLink implements Link {

    private static final int COUNTER_BYTES = 8;

    private final int sendFd;
    private final int receiveFd;
    private final Poller poller;
    private final Pointer one = Native.buffer(COUNTER_BYTES);
    private final Pointer counter = Native.buffer(COUNTER_BYTES);

    EventfdLink(int sendFd, int receiveFd) {
        this.sendFd = sendFd;
        this.receiveFd = receiveFd;
        this.poller = new Poller(receiveFd);
        one.putLong(0, 1);
    }

    @Override
    public boolean offer(int sequence, int payloadBytes) {
        Descriptors.write(sendFd, one, COUNTER_BYTES);
        return true;
    }

    @Override
    public int poll(int payloadBytes, long timeoutMillis) {
        if (timeoutMillis != FOREVER && !poller.awaitReadable(timeoutMillis)) {
            return 0;
        }
        long n = Descriptors.read(receiveFd, counter, COUNTER_BYTES);
        if (n != COUNTER_BYTES) {
            throw new IllegalStateException("read " + n + " bytes from eventfd " + receiveFd);
        }
        return (int) counter.getLong(0);
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
