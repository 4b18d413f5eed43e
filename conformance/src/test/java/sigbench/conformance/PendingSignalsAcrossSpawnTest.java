package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.linux.ChildProcess;
import sigbench.linux.Native;
import sigbench.linux.ProcStatus;
import sigbench.linux.ScopedSignalMask;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Verify what happens to pending signals at process creation and at exec: a new process starts
 * with none, whatever its creator had pending; exec keeps those the process already had.
 */
@DisplayName("Pending signals across spawn and exec")
class PendingSignalsAcrossSpawnTest {

    @Test
    @Timeout(30)
    @DisplayName("A new process starts with no pending signal, though its creating thread has one"
            + " pending")
    void childStartsWithNonePending() {
        SignalSet usr1 = SignalSet.of(Signals.SIGUSR1);
        try (ScopedSignalMask blocked = ScopedSignalMask.block(usr1)) {
            Signals.tgkill(Native.pid(), Native.tid(), Signals.SIGUSR1);
            try (ChildProcess child = Programs.sleep().inheritMask().start()) {
                ProcStatus status = ProcStatus.ofProcess(child.pid());
                ProcStatus self = ProcStatus.ofThread(Native.pid(), Native.tid());

                assertTrue(self.pendingForThread().contains(Signals.SIGUSR1),
                        "SIGUSR1 pending for the spawning thread: " + self.pendingForThread());
                assertTrue(status.blocked().contains(Signals.SIGUSR1), "blocked in the child");
                assertEquals(SignalSet.EMPTY, status.pendingForThread(), "pending for the child");
                assertEquals(SignalSet.EMPTY, status.pendingForProcess(),
                        "pending for the child's process");
            } finally {
                assertNotNull(Signals.take(usr1, 1_000), "the SIGUSR1 sent to this thread");
            }
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("A signal pending and blocked before exec is still pending after it")
    void pendingSurvivesExec() throws InterruptedException {
        try (ChildProcess child = Programs.shell("kill -USR1 $$; exec /bin/sleep "
                + Programs.SLEEP_SECONDS).mask(SignalSet.of(Signals.SIGUSR1)).start()) {
            Programs.awaitComm(child.pid(), "sleep");
            ProcStatus status = ProcStatus.ofProcess(child.pid());

            assertTrue(status.pendingForProcess().contains(Signals.SIGUSR1),
                    "SIGUSR1 the shell sent itself, pending for the sleep it exec'd: "
                            + status.pendingForProcess());
        }
    }
}
