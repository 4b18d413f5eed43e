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
 * Verify what a burst sent faster than the receiver takes it leaves: one standard signal, all
 * real-time signals with their values. The receiver takes nothing until the burst is over.
 */
@DisplayName("Signal bursts")
class SignalBurstTest {

    private static final int SENDS = 64;

    @Test
    @Timeout(60)
    @Settles(Claim.C22)
    @DisplayName("A burst of a standard signal is delivered once, a burst of a real-time signal"
            + " in full with each value")
    void standardCoalescesRealTimeQueues(Finding finding) {
        QueueRoom.assumeRoomFor(SENDS);
        int rt = Signals.SIGRTMIN;
        try (Peer peer = Peer.start(SignalCountPeer.class, SignalSet.of(Signals.SIGUSR1, rt),
                Integer.toString(Signals.SIGUSR1), Integer.toString(rt))) {
            List<Integer> sentValues = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                Signals.kill(peer.pid(), Signals.SIGUSR1);
                Signals.sigqueue(peer.pid(), rt, 31 * i);
                sentValues.add(31 * i);
            }

            List<PendingReport.Taken> taken = PendingReport.take(peer);
            long standard = taken.stream().filter(t -> t.signal() == Signals.SIGUSR1).count();
            List<Integer> values = taken.stream().filter(t -> t.signal() == rt)
                    .map(PendingReport.Taken::value).toList();

            boolean standardLost = standard < SENDS;
            boolean realTimeKept = values.equals(sentValues);
            finding.verdict(standardLost && !realTimeKept ? Verdict.CONFIRMED
                    : standardLost ? Verdict.PARTLY : Verdict.REFUTED, SENDS + " SIGUSR1 and "
                    + SENDS + " SIGRTMIN with values, sent back to back: " + standard
                    + " SIGUSR1 and " + values.size() + " SIGRTMIN delivered, the values "
                    + (realTimeKept ? "all as sent" : "not as sent"));
            assertEquals(1, standard, "SIGUSR1 delivered");
            assertEquals(sentValues, values, "SIGRTMIN values delivered");
        }
    }
}
