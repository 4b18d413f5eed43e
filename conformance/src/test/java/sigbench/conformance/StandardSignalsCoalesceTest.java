package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static sigbench.linux.Signals.SIGUSR1;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.ScopedSignalMask;
import sigbench.linux.SignalSet;
import sigbench.linux.SignalTaker;
import sigbench.linux.Signals;
import sigbench.linux.peer.SignalCountPeer;

/**
 * Verify that a standard signal sent again while it is pending is not queued a second time:
 * the kernel keeps one pending bit per standard signal, for a process and for a thread.
 */
@DisplayName("Standard signals coalesce while pending")
class StandardSignalsCoalesceTest {

    private static final int SENDS = 16;

    @Test
    @Timeout(60)
    @Settles(Claim.C15)
    @DisplayName("A standard signal sent N times to a process in which every thread blocks it is"
            + " delivered once")
    void processDirected(Finding finding) {
        SignalSet mask = SignalSet.of(SIGUSR1);
        try (Peer peer = Peer.start(SignalCountPeer.class, mask, Integer.toString(SIGUSR1))) {
            for (int i = 0; i < SENDS; i++) {
                Signals.kill(peer.pid(), SIGUSR1);
            }

            List<PendingReport.Taken> taken = PendingReport.take(peer);

            finding.verdict(Verdict.of(taken.size() == 1), SENDS + " kill(SIGUSR1) to a peer"
                    + " blocking it: " + taken.size() + " delivered");
            assertEquals(1, taken.size(), "deliveries of " + SENDS + " SIGUSR1 sent while"
                    + " pending");
        }
    }

    @Test
    @Timeout(30)
    @Settles(Claim.C15)
    @DisplayName("A standard signal sent N times to a thread that blocks it is delivered once")
    void threadDirected(Finding finding) {
        SignalSet set = SignalSet.of(SIGUSR1);
        try (ScopedSignalMask blocked = ScopedSignalMask.block(set)) {
            for (int i = 0; i < SENDS; i++) {
                Signals.tgkill(Native.pid(), Native.tid(), SIGUSR1);
            }

            // tgkill makes the signal pending before it returns: no wait is needed to count.
            SignalTaker taker = new SignalTaker(set);
            int delivered = 0;
            while (taker.take(0)) {
                delivered++;
            }

            finding.verdict(Verdict.of(delivered == 1), SENDS + " tgkill(SIGUSR1) to a thread"
                    + " blocking it: " + delivered + " delivered");
            assertEquals(1, delivered, "deliveries of " + SENDS + " SIGUSR1 sent while pending");
        }
    }
}
