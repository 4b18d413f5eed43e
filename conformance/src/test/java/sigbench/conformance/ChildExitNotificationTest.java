package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.peer.ChildExitPeer;
import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.Peer;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Verify what a parent learns of a child's exit under each SIGCHLD disposition: whether a
 * SIGCHLD is sent (counted while blocked, in a {@link ChildExitPeer}), whether the child stays
 * a zombie, and whether waitpid finds it.
 */
@DisplayName("Child exit notification")
class ChildExitNotificationTest {

    private static final int CLD_EXITED = 1;
    private static final int ECHILD_ANSWER = -1;

    /** What the peer saw: per child its state letter and waitpid's answer; the SIGCHLDs. */
    record Report(List<Character> states, List<Integer> waits, List<Integer> codes,
            List<Integer> senders) {

        long zombies() {
            return states.stream().filter(state -> state == 'Z').count();
        }

        long echild() {
            return waits.stream().filter(wait -> wait == ECHILD_ANSWER).count();
        }

        String describe(String disposition) {
            return "under " + disposition + ", " + states.size() + " exited child(ren): "
                    + zombies() + " left as zombies, waitpid " + (echild() == waits.size()
                    ? "failed with ECHILD for all" : "reaped " + (waits.size() - echild()))
                    + ", " + codes.size() + " SIGCHLD sent";
        }
    }

    @Test
    @Timeout(60)
    @Settles({Claim.C09, Claim.C06})
    @DisplayName("Under SIG_DFL a child's exit sends SIGCHLD, which stays pending while blocked,"
            + " and leaves a zombie until waited for")
    void defaultDispositionSendsSigchld(Finding finding) {
        Report report = run("default", 1);

        finding.verdict(Claim.C09, Verdict.of(report.codes().isEmpty()),
                report.describe("SIG_DFL with SIGCHLD blocked"));
        finding.verdict(Claim.C06, Verdict.of(report.zombies() == 1),
                report.describe("SIG_DFL"));
        assertEquals(List.of(CLD_EXITED), report.codes(), "si_code of the SIGCHLD sent");
        assertEquals(List.of('Z'), report.states(), "state of the exited, unwaited child");
        assertEquals(List.of(0), report.waits(), "exit code waitpid reports");
    }

    @Test
    @Timeout(60)
    @Settles(Claim.C10)
    @DisplayName("Under SIG_IGN for SIGCHLD a child's exit sends no SIGCHLD, leaves no zombie,"
            + " and waitpid fails with ECHILD")
    void ignoredSigchldAutoReaps(Finding finding) {
        Report report = run("ignore", 1);

        boolean notified = !report.codes().isEmpty() || report.echild() == 0;
        finding.verdict(Verdict.of(notified), report.describe("SIG_IGN"));
        assertEquals(List.of(), report.codes(), "SIGCHLD sent under SIG_IGN");
        assertEquals(0, report.zombies(), "zombies under SIG_IGN");
        assertEquals(List.of(ECHILD_ANSWER), report.waits(), "waitpid under SIG_IGN");
    }

    @Test
    @Timeout(60)
    @DisplayName("Under SA_NOCLDWAIT a child's exit still sends SIGCHLD but leaves no zombie,"
            + " and waitpid fails with ECHILD")
    void noChildWaitAutoReaps() {
        Report report = run("nocldwait", 1);

        assertEquals(List.of(CLD_EXITED), report.codes(), "SIGCHLD sent under SA_NOCLDWAIT");
        assertEquals(0, report.zombies(), "zombies under SA_NOCLDWAIT");
        assertEquals(List.of(ECHILD_ANSWER), report.waits(), "waitpid under SA_NOCLDWAIT");
    }

    @Test
    @Timeout(60)
    @DisplayName("Several children exiting while SIGCHLD is blocked yield one pending SIGCHLD,"
            + " and waitpid still reaps each")
    void severalExitsOneSigchld() {
        Report report = run("default", 3);

        assertEquals(1, report.codes().size(), report.describe("SIG_DFL"));
        assertEquals(List.of(0, 0, 0), report.waits(), "exit codes waitpid reports");
    }

    private static Report run(String disposition, int children) {
        try (Peer peer = Peer.start(ChildExitPeer.class, SignalSet.of(Signals.SIGCHLD),
                disposition, Integer.toString(children))) {
            PeerAnswers answers = new PeerAnswers(peer).ask();
            int count = answers.nextInt();
            List<Character> states = new ArrayList<>();
            List<Integer> waits = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                states.add((char) answers.nextInt());
                waits.add(answers.nextInt());
            }
            int signals = answers.nextInt();
            List<Integer> codes = new ArrayList<>();
            List<Integer> senders = new ArrayList<>();
            for (int i = 0; i < signals; i++) {
                codes.add(answers.nextInt());
                senders.add(answers.nextInt());
            }
            assertTrue(count == children, "children the peer started: " + count);
            return new Report(states, waits, codes, senders);
        }
    }
}
