package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.NativeCallException;
import sigbench.linux.ProcStatus;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;
import sigbench.linux.SigpendingLimit;

/**
 * Verify how RLIMIT_SIGPENDING bounds the signal queue: real-time signals beyond it are
 * refused with EAGAIN, a standard signal sent by kill is queued past it, and a standard signal
 * already pending is dropped however empty the queue is. The target is a sleep running as a
 * user of its own, so its SigQ counts its signals only.
 */
@DisplayName("The signal queue limit")
class SignalQueueLimitTest {

    private static final int EAGAIN = 11;
    private static final int LIMIT = 16;
    private static final int MOST_SENDS = 10_000;

    @Test
    @Timeout(30)
    @Settles(Claim.C16)
    @DisplayName("sigqueue of a real-time signal fails with EAGAIN once the receiver's user has"
            + " RLIMIT_SIGPENDING signals queued")
    void realTimeQueueStopsAtLimit(Finding finding) throws InterruptedException {
        try (ChildProcess target = startTarget(LIMIT, SignalSet.of(Signals.SIGRTMIN))) {
            int queued = 0;
            NativeCallException refused = null;
            while (refused == null && queued < MOST_SENDS) {
                try {
                    Signals.sigqueue(target.pid(), Signals.SIGRTMIN, queued);
                    queued++;
                } catch (NativeCallException e) {
                    refused = e;
                }
            }
            String sigq = ProcStatus.ofProcess(target.pid()).field("SigQ");

            finding.verdict(refused == null ? Verdict.CONFIRMED : Verdict.PARTLY, "with"
                    + " RLIMIT_SIGPENDING " + LIMIT + ": " + queued + " queued, then "
                    + (refused == null ? "none refused" : refused.getMessage()) + "; SigQ "
                    + sigq);
            assertTrue(refused != null, MOST_SENDS + " signals queued without EAGAIN");
            assertEquals(EAGAIN, refused.errno(), refused.getMessage());
            assertEquals(LIMIT, queued, "signals queued before EAGAIN");
            assertEquals(LIMIT + "/" + LIMIT, sigq, "SigQ of " + target);
        }
    }

    @Test
    @Timeout(30)
    @Settles(Claim.C03)
    @DisplayName("A standard signal sent by kill is queued past a full signal queue, and repeats"
            + " of it are dropped while it is pending")
    void standardSignalIgnoresTheLimit(Finding finding) throws InterruptedException {
        int sends = 16;
        SignalSet mask = SignalSet.of(Signals.SIGRTMIN, Signals.SIGUSR1);
        try (ChildProcess target = startTarget(1, mask)) {
            Signals.sigqueue(target.pid(), Signals.SIGRTMIN, 0);
            String full = ProcStatus.ofProcess(target.pid()).field("SigQ");
            for (int i = 0; i < sends; i++) {
                Signals.kill(target.pid(), Signals.SIGUSR1);
            }
            ProcStatus status = ProcStatus.ofProcess(target.pid());

            boolean pending = status.pendingForProcess().contains(Signals.SIGUSR1);
            boolean queuedPastFull = pending && status.field("SigQ").equals("2/1");
            finding.verdict(!pending ? Verdict.REFUTED : queuedPastFull ? Verdict.PARTLY
                    : Verdict.CONFIRMED, "queue full (SigQ " + full + "), then " + sends
                    + " kill(SIGUSR1) while blocked: SIGUSR1 " + (pending ? "pending" : "lost")
                    + ", SigQ " + status.field("SigQ") + (queuedPastFull ? ": the first was"
                    + " queued past the full queue and the repeats were dropped because it was"
                    + " pending; no handler ran, so SA_RESTART, which only decides whether an"
                    + " interrupted system call restarts, played no part" : ""));
            assertTrue(pending, "SIGUSR1 pending: " + status.pendingForProcess());
            assertEquals("2/1", status.field("SigQ"), "SigQ after one SIGRTMIN and "
                    + sends + " SIGUSR1");
        }
    }

    private static ChildProcess startTarget(int limit, SignalSet mask)
            throws InterruptedException {
        assumeTrue(ProcessHandle.current().info().user().map("root"::equals).orElse(false),
                "running a process as a user of its own needs root");
        assumeTrue(SigpendingLimit.hard() >= limit, "RLIMIT_SIGPENDING's hard limit is "
                + SigpendingLimit.hard() + ", below the " + limit + " this test sets");
        ChildProcess target = Programs.asLoneUser(limit, "/bin/sleep", Programs.SLEEP_SECONDS)
                .mask(mask).start();
        try {
            Programs.awaitComm(target.pid(), "sleep");
            return target;
        } catch (RuntimeException | InterruptedException e) {
            target.close();
            throw e;
        }
    }
}
