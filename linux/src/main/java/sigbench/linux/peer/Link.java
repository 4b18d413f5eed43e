package sigbench.linux.peer;

/**
 * One end of a control channel: sends messages to the other end and takes the messages that
 * come from it. Sending and taking allocate nothing, so a measured loop pays for the system
 * calls alone. For one thread at a time.
 */
public interface Link extends AutoCloseable {

    /** How long a take waits before the other end is called unresponsive. */
    long TIMEOUT_MILLIS = 10_000;

    /**
     * A timeout that means none: the take blocks in one system call with no kernel timer armed
     * and no poll before it. Only for a process that something else ends if the other end goes
     * (a peer's lifeline).
     */
    long FOREVER = -1;

    /** The largest payload a message may have. */
    int MAX_PAYLOAD_BYTES = 1 << 20;

    /**
     * Sends one message of {@code payloadBytes} (ignored where the channel carries none), with
     * {@code sequence} as its value where the channel carries one. Returns false if the kernel
     * refused it without blocking (a full real-time signal queue: EAGAIN).
     */
    boolean offer(int sequence, int payloadBytes);

    /**
     * Takes what has arrived, waiting at most {@code timeoutMillis} for the first message, or
     * without limit if it is {@link #FOREVER}.
     * Returns how many messages were taken: 0 if none came, usually 1, more where one read
     * returns several (an eventfd counter).
     */
    int poll(int payloadBytes, long timeoutMillis);

    /** The value the last message taken carried, or -1 if the channel carries none. */
    int lastSequence();

    /** Takes at least one message, or throws if none came within {@link #TIMEOUT_MILLIS}. */
    default int take(int payloadBytes) {
        int taken = poll(payloadBytes, TIMEOUT_MILLIS);
        if (taken == 0) {
            throw new IllegalStateException("no message came within " + TIMEOUT_MILLIS
                    + " ms: the other end stopped answering");
        }
        return taken;
    }

    @Override
    void close();
}
