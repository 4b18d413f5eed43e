package sigbench.bench.channel;

/** One way for a parent and its child to exchange a message and its answer. */
public interface Channel extends AutoCloseable {

    /** How long the benchmark waits for one answer before it calls the peer unresponsive. */
    long ANSWER_TIMEOUT_MILLIS = 10_000;

    /** Sends one message to the peer and waits for its answer. */
    void roundTrip();

    /** Stops the peer and releases the channel. */
    @Override
    void close();
}
