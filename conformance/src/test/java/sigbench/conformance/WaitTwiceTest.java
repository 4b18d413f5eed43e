package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.ExitStatus;
import sigbench.linux.NativeCallException;
import sigbench.linux.Spawn;
import sigbench.linux.Wait;

/** Verify that a child can be reaped once: waiting for it again fails with ECHILD. */
@DisplayName("Waiting twice")
class WaitTwiceTest {

    private static final int ECHILD = 10;

    @Test
    @Timeout(30)
    @Settles(Claim.C17)
    @DisplayName("waitpid for a child that was already reaped fails with ECHILD")
    void secondWaitFails(Finding finding) {
        try (ChildProcess child = Spawn.program("/bin/true").start()) {
            ExitStatus first = child.awaitExit(10_000);
            assertNotNull(first, child + " did not end");

            NativeCallException second = assertThrows(NativeCallException.class,
                    () -> Wait.noHang(child.pid()));

            finding.verdict(Verdict.of(second.errno() == ECHILD), "first wait: " + first
                    + "; second: " + second.getMessage());
            assertEquals(ECHILD, second.errno(), second.getMessage());
        }
    }
}
