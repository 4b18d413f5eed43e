package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.ExitStatus;
import sigbench.linux.ProcStatus;
import sigbench.linux.ScopedDisposition;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Verify when the kernel discards an ignored signal: at once while the target does not block
 * it, never while it does, since the disposition may change before it is unblocked. The child
 * is a /bin/sleep that inherits SIG_IGN for SIGUSR1 through exec.
 */
@DisplayName("Ignored signals")
class IgnoredSignalsTest {

    private static final long EXIT_TIMEOUT_MILLIS = 10_000;

    @Test
    @Timeout(30)
    @Settles(Claim.C12)
    @DisplayName("An ignored signal that is not blocked is discarded: not left pending, and the"
            + " process lives on")
    void discardedWhenUnblocked(Finding finding) {
        ChildProcess child;
        try (ScopedDisposition ignored = ScopedDisposition.ignore(Signals.SIGUSR1)) {
            child = Programs.sleep().start();
        }
        try (child) {
            child.signal(Signals.SIGUSR1);
            ProcStatus status = ProcStatus.ofProcess(child.pid());
            // Had SIGUSR1 been fatal, the kernel would have marked the process for death by it
            // as it was sent; the signal that ends it now shows which one killed it.
            child.signal(Signals.SIGTERM);
            ExitStatus exit = child.awaitExit(EXIT_TIMEOUT_MILLIS);

            boolean dropped = !status.pendingForProcess().contains(Signals.SIGUSR1)
                    && exit != null && exit.signal() == Signals.SIGTERM;
            finding.verdict(Verdict.of(dropped), "unblocked and ignored: pending after kill "
                    + status.pendingForProcess() + ", then " + exit + " by the SIGTERM sent"
                    + " after it");
            assertTrue(status.ignored().contains(Signals.SIGUSR1), "SIGUSR1 ignored by sleep");
            assertFalse(status.pendingForProcess().contains(Signals.SIGUSR1), "pending");
            assertEquals(new ExitStatus(-1, Signals.SIGTERM), exit, "how sleep ended");
        }
    }

    @Test
    @Timeout(30)
    @Settles(Claim.C12)
    @DisplayName("An ignored signal that is blocked stays pending")
    void keptWhileBlocked(Finding finding) {
        ChildProcess child;
        try (ScopedDisposition ignored = ScopedDisposition.ignore(Signals.SIGUSR1)) {
            child = Programs.sleep().mask(SignalSet.of(Signals.SIGUSR1)).start();
        }
        try (child) {
            child.signal(Signals.SIGUSR1);
            ProcStatus status = ProcStatus.ofProcess(child.pid());

            boolean pending = status.pendingForProcess().contains(Signals.SIGUSR1);
            finding.verdict(Verdict.of(!pending), "blocked and ignored: pending after kill "
                    + status.pendingForProcess());
            assertTrue(status.ignored().contains(Signals.SIGUSR1), "SIGUSR1 ignored by sleep");
            assertTrue(pending, "SIGUSR1 pending for sleep: " + status.pendingForProcess());
        }
    }
}
