package sigbench.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import sigbench.linux.SigpendingLimit;

/** Skips a test whose real-time signals would not fit under this host's queue limit. */
final class QueueRoom {

    private QueueRoom() {
    }

    /** Assumes RLIMIT_SIGPENDING lets {@code signals} real-time signals queue at once. */
    static void assumeRoomFor(int signals) {
        long limit = SigpendingLimit.soft();
        assumeTrue(limit >= signals, "RLIMIT_SIGPENDING is " + limit + ", fewer than the "
                + signals + " real-time signals this test queues at once");
    }
}
