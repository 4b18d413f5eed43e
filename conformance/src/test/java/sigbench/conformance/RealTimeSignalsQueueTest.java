package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.Peer;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;
import sigbench.linux.peer.SignalCountPeer;

/**
 * Verify that real-time signals queue: every sigqueue while the signal is blocked is delivered
 * with its own value, in the order sent, and lower-numbered real-time signals come first.
 */
@DisplayName("Real-time signals queue")
class RealTimeSignalsQueueTest {

    private static final int SENDS = 32;

    @Test
    @Timeout(60)
    @Settles(Claim.C16)
    @DisplayName("A real-time signal sent N times with sigqueue is delivered N times, in order,"
            + " each with its value")
    void everySendIsDelivered(Finding finding) {
        QueueRoom.assumeRoomFor(SENDS);
        int signal = Signals.SIGRTMIN;
        try (Peer peer = Peer.start(SignalCountPeer.class, SignalSet.of(signal),
                Integer.toString(signal))) {
            List<PendingReport.Taken> sent = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                int value = 1000 + 7 * i;
                Signals.sigqueue(peer.pid(), signal, value);
                sent.add(new PendingReport.Taken(signal, value));
            }

            List<PendingReport.Taken> taken = PendingReport.take(peer);

            finding.verdict(Verdict.of(taken.equals(sent)), SENDS + " sigqueue(SIGRTMIN) with"
                    + " distinct values: " + taken.size() + " delivered, "
                    + (taken.equals(sent) ? "in order with their values" : "not as sent"));
            assertEquals(sent, taken, "signals and values taken, in order");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("Pending real-time signals are delivered lowest number first, each number in"
            + " the order sent")
    void lowestNumberFirst() {
        QueueRoom.assumeRoomFor(8);
        int low = Signals.SIGRTMIN;
        int high = Signals.SIGRTMIN + 1;
        try (Peer peer = Peer.start(SignalCountPeer.class, SignalSet.of(low, high),
                Integer.toString(low), Integer.toString(high))) {
            List<PendingReport.Taken> expected = new ArrayList<>();
            List<PendingReport.Taken> expectedHigh = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Signals.sigqueue(peer.pid(), high, 100 + i);
                Signals.sigqueue(peer.pid(), low, 200 + i);
                expectedHigh.add(new PendingReport.Taken(high, 100 + i));
                expected.add(new PendingReport.Taken(low, 200 + i));
            }
            expected.addAll(expectedHigh);

            assertEquals(expected, PendingReport.take(peer),
                    "SIGRTMIN+1 and SIGRTMIN sent interleaved, as taken");
        }
    }
}
