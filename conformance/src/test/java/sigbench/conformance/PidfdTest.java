package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.linux.ChildProcess;
import sigbench.linux.ExitStatus;
import sigbench.linux.Pidfd;
import sigbench.linux.ProcStat;
import sigbench.linux.Signals;

/** Verify that a pidfd polls readable exactly once its process has ended. */
@DisplayName("pidfd")
class PidfdTest {

    private static final long EXIT_TIMEOUT_MILLIS = 10_000;

    @Test
    @Timeout(30)
    @DisplayName("A pidfd is not readable while its process runs and polls readable once it has"
            + " ended, before it is reaped")
    void readableOnExit() {
        try (ChildProcess child = Programs.sleep().start();
                Pidfd pidfd = Pidfd.open(child.pid())) {
            assertFalse(pidfd.awaitExit(0), "readable while " + child + " runs");

            pidfd.send(Signals.SIGTERM);

            assertTrue(pidfd.awaitExit(EXIT_TIMEOUT_MILLIS), child + " did not end");
            assertEquals('Z', ProcStat.ofProcess(child.pid()).state(),
                    "state of " + child + " when its pidfd polled readable");
            assertEquals(new ExitStatus(-1, Signals.SIGTERM), child.awaitExit(0), "how it ended");
        }
    }
}
