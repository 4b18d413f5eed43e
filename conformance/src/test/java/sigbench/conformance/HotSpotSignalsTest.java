package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.peer.SigchldResetPeer;
import sigbench.conformance.verdict.JdkFacts;
import sigbench.linux.ExitStatus;
import sigbench.linux.Peer;
import sigbench.linux.ProcStatus;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;
import sigbench.linux.peer.EchoPeer;

/**
 * Records which signals the running JDK's HotSpot catches, ignores, blocks and leaves at their
 * default action, seen in a fresh peer JVM spawned with an empty mask, and what a
 * process-directed SIGUSR1 does to such a JVM.
 */
@DisplayName("HotSpot's signals")
class HotSpotSignalsTest {

    private static final int SIGSEGV = 11;
    private static final long EXIT_TIMEOUT_MILLIS = 10_000;

    @Test
    @Timeout(60)
    @DisplayName("HotSpot catches SIGSEGV for itself and leaves SIGUSR1 at its default action")
    void dispositions() {
        try (Peer peer = Peer.start(EchoPeer.class, SignalSet.EMPTY, "-1")) {
            ProcStatus process = ProcStatus.ofProcess(peer.pid());
            List<ProcStatus> threads = ProcStatus.ofEveryThread(peer.pid());
            SignalSet blockedByAll = new SignalSet(-1L);
            SignalSet blockedBySome = SignalSet.EMPTY;
            for (ProcStatus thread : threads) {
                blockedByAll = new SignalSet(blockedByAll.bits() & thread.blocked().bits());
                blockedBySome = blockedBySome.plus(thread.blocked());
            }
            SignalSet standard = new SignalSet(0xffffffffL);
            SignalSet atDefault = standard.minus(process.caught()).minus(process.ignored())
                    .minus(SignalSet.of(Signals.SIGKILL, Signals.SIGSTOP));

            JdkFacts.record("signals a JVM catches (HotSpot's and glibc's own)",
                    process.caught().toString());
            JdkFacts.record("signals a JVM ignores (inherited SIG_IGN included)",
                    process.ignored().toString());
            JdkFacts.record("signals 1-32 a JVM leaves at their default action",
                    atDefault.toString());
            JdkFacts.record("signals blocked in some of a JVM's " + threads.size() + " threads",
                    blockedBySome + "; in all of them: " + blockedByAll);
            assertTrue(process.caught().contains(SIGSEGV), "caught: " + process.caught());
            assertFalse(process.caught().contains(Signals.SIGUSR1), "caught: " + process.caught());
            assertFalse(process.ignored().contains(Signals.SIGUSR1),
                    "ignored: " + process.ignored());
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("A process-directed SIGUSR1 kills a JVM in which a thread leaves it unblocked")
    void sigusr1KillsAnUnmaskedJvm() {
        try (Peer peer = Peer.start(EchoPeer.class, SignalSet.EMPTY, "-1")) {
            long unblocked = ProcStatus.ofEveryThread(peer.pid()).stream()
                    .filter(thread -> !thread.blocked().contains(Signals.SIGUSR1)).count();
            assertTrue(unblocked > 0, "every thread of " + peer + " blocks SIGUSR1");

            Signals.kill(peer.pid(), Signals.SIGUSR1);
            ExitStatus exit = peer.process().awaitExit(EXIT_TIMEOUT_MILLIS);

            JdkFacts.record("a process-directed SIGUSR1 to a JVM with " + unblocked
                    + " threads not blocking it", exit == null ? "it lived on" : "it ended: "
                    + exit);
            assertEquals(new ExitStatus(-1, Signals.SIGUSR1), exit, "how " + peer + " ended");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("The JDK resets an ignored SIGCHLD to its default action once it starts a"
            + " process")
    void jdkResetsIgnoredSigchld() {
        try (Peer peer = Peer.start(SigchldResetPeer.class, SignalSet.EMPTY)) {
            PeerAnswers answers = new PeerAnswers(peer);
            boolean afterGetenv = answers.nextInt() == 1;
            boolean afterProcessBuilder = answers.nextInt() == 1;
            boolean childEnded = answers.nextInt() == 1;

            JdkFacts.record("SIGCHLD set to SIG_IGN by a JVM, after its first System.getenv()",
                    afterGetenv ? "still ignored" : "reset to SIG_DFL");
            JdkFacts.record("SIGCHLD set to SIG_IGN by a JVM, after its first ProcessBuilder"
                    + " start", afterProcessBuilder ? "still ignored" : "reset to SIG_DFL");
            assertTrue(childEnded, "the ProcessBuilder child ended");
            assertFalse(afterProcessBuilder, "SIGCHLD still ignored after a ProcessBuilder start");
        }
    }
}
