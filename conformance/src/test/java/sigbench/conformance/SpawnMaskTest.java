package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.ProcStatus;
import sigbench.linux.ScopedSignalMask;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Verify that a child's signal mask is set before exec and that exec keeps it: given to
 * posix_spawn, or inherited from the thread that spawns, as fork does. /bin/sleep changes no
 * mask, so its SigBlk is what exec left.
 */
@DisplayName("A spawned child's signal mask")
class SpawnMaskTest {

    @Test
    @Timeout(30)
    @DisplayName("A child spawned with a signal mask runs its program with exactly that mask")
    void spawnMaskSurvivesExec() {
        SignalSet mask = SignalSet.of(Signals.SIGUSR1, Signals.SIGTERM, Signals.SIGRTMIN + 1);

        try (ChildProcess child = Programs.sleep().mask(mask).start()) {
            ProcStatus status = ProcStatus.ofProcess(child.pid());

            assertEquals("sleep", status.name(), "the child has exec'd sleep");
            assertEquals(mask, status.blocked(), "the mask of " + child);
        }
    }

    @Test
    @Timeout(30)
    @Settles({Claim.C01, Claim.C08})
    @DisplayName("A child spawned without a mask of its own inherits its spawning thread's mask,"
            + " and exec keeps it")
    void threadMaskIsInherited(Finding finding) {
        SignalSet added = SignalSet.of(Signals.SIGUSR1, Signals.SIGRTMIN + 2);
        try (ScopedSignalMask blocked = ScopedSignalMask.block(added)) {
            SignalSet threadMask = Signals.threadMask();

            try (ChildProcess child = Programs.sleep().inheritMask().start()) {
                SignalSet childMask = ProcStatus.ofProcess(child.pid()).blocked();

                boolean same = childMask.equals(threadMask);
                String evidence = "spawning thread blocked " + threadMask + "; /bin/sleep after"
                        + " exec blocked " + childMask;
                finding.verdict(Claim.C01, Verdict.of(same), evidence);
                finding.verdict(Claim.C08, Verdict.of(same), evidence);
                assertEquals(threadMask, childMask, "the mask of " + child);
            }
        }
    }
}
