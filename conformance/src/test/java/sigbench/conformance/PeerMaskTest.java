package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.JdkFacts;
import sigbench.linux.Peer;
import sigbench.linux.ProcStatus;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;
import sigbench.linux.peer.EchoPeer;

/**
 * Verify that a mask set before exec reaches every thread a JVM starts: threads inherit the
 * mask of the thread that creates them, and the first one has the exec'd mask.
 */
@DisplayName("A peer's signal mask")
class PeerMaskTest {

    @Test
    @Timeout(60)
    @DisplayName("A peer JVM spawned with a signal mask blocks those signals in every thread")
    void everyThreadBlocks() {
        SignalSet mask = SignalSet.of(Signals.SIGUSR1, Signals.SIGRTMIN, Signals.SIGRTMIN + 1);

        try (Peer peer = Peer.start(EchoPeer.class, mask, "-1")) {
            List<ProcStatus> threads = ProcStatus.ofEveryThread(peer.pid());

            assertTrue(threads.size() > 1, "a JVM has more than one thread: " + threads.size());
            for (ProcStatus thread : threads) {
                assertTrue(thread.blocked().containsAll(mask), "thread " + thread.pid() + " ("
                        + thread.name() + ") of " + peer + " blocks " + thread.blocked());
            }
            JdkFacts.record("threads of an idle peer JVM (-XX:+UseSerialGC) spawned with a mask",
                    threads.size() + ", every one blocking " + mask);
        }
    }
}
