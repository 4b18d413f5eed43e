package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.Native;
import sigbench.linux.NativeCallException;
import sigbench.linux.ProcStatus;
import sigbench.linux.ScopedDisposition;
import sigbench.linux.Signals;

/**
 * Verify that a signal's disposition belongs to the process: threads share one table of
 * actions, so SIG_IGN set by one thread holds in every other.
 */
@DisplayName("The scope of a disposition")
class SignalDispositionScopeTest {

    private static final int EPIPE = 32;
    private static final long STEP_TIMEOUT_MILLIS = 5_000;

    /** What the other thread saw. */
    private record Seen(boolean ignoredBySigaction, boolean ignoredInStatus, int writeErrno) {
    }

    @Test
    @Timeout(30)
    @Settles(Claim.C04)
    @DisplayName("SIG_IGN for SIGPIPE set by one thread holds in every thread of the process")
    void ignoreIsProcessWide(Finding finding) throws Exception {
        CountDownLatch ignored = new CountDownLatch(1);
        CompletableFuture<Seen> other = CompletableFuture.supplyAsync(() -> {
            try {
                assertTrue(ignored.await(STEP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            ProcStatus status = ProcStatus.ofThread(Native.pid(), Native.tid());
            NativeCallException write = assertThrows(NativeCallException.class,
                    BrokenPipeTest::writeToBrokenPipe);
            return new Seen(ScopedDisposition.isIgnored(Signals.SIGPIPE),
                    status.ignored().contains(Signals.SIGPIPE), write.errno());
        }, runnable -> new Thread(runnable, "other-thread").start());

        Seen seen;
        try (ScopedDisposition ignore = ScopedDisposition.ignore(Signals.SIGPIPE)) {
            ignored.countDown();
            seen = other.get(2 * STEP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        }

        boolean processWide = seen.ignoredBySigaction() && seen.ignoredInStatus();
        finding.verdict(Verdict.of(!processWide), "after one thread set SIG_IGN for SIGPIPE,"
                + " another thread's sigaction query " + (seen.ignoredBySigaction() ? "showed"
                : "did not show") + " SIG_IGN, its /proc status SigIgn " + (seen.ignoredInStatus()
                ? "held" : "lacked") + " SIGPIPE, and its write to a broken pipe failed with"
                + " errno " + seen.writeErrno());
        assertTrue(seen.ignoredBySigaction(), "SIG_IGN seen by sigaction in the other thread");
        assertTrue(seen.ignoredInStatus(), "SIGPIPE in the other thread's SigIgn");
        assertEquals(EPIPE, seen.writeErrno(), "the other thread's write");
    }
}
