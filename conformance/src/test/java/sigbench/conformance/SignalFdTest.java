package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.peer.SignalFdPeer;
import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ExitStatus;
import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.ProcStatus;
import sigbench.linux.ScopedSignalMask;
import sigbench.linux.SignalFd;
import sigbench.linux.SignalInfo;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Verify what a signalfd can read: signals pending for the reading thread or its process, which
 * stay pending only while blocked. A thread-directed signal reaches only its thread's
 * signalfd; a process-directed one goes to any thread that does not block it.
 */
@DisplayName("signalfd")
class SignalFdTest {

    /** Its default action is to ignore it, so sending it unblocked to this JVM is harmless. */
    private static final int SIGURG = 23;
    private static final long READ_TIMEOUT_MILLIS = 5_000;

    @Test
    @Timeout(10)
    @Settles(Claim.C19)
    @DisplayName("signalfd reads a signal sent to its thread while blocked, and nothing of one"
            + " sent while unblocked")
    void readsOnlyBlockedSignals(Finding finding) {
        assumeFalse(ProcStatus.ofProcess(Native.pid()).caught().contains(SIGURG),
                "this JVM catches SIGURG, so it cannot be sent to it unblocked");
        SignalSet urg = SignalSet.of(SIGURG);
        try (SignalFd signals = SignalFd.open(urg)) {
            Signals.tgkill(Native.pid(), Native.tid(), SIGURG);
            SignalInfo unblocked = signals.read(0);
            SignalInfo blocked;
            try (ScopedSignalMask mask = ScopedSignalMask.block(urg)) {
                Signals.tgkill(Native.pid(), Native.tid(), SIGURG);
                blocked = signals.read(READ_TIMEOUT_MILLIS);
            }

            finding.verdict(Verdict.of(unblocked == null && blocked != null), "SIGURG to this"
                    + " thread unblocked: read " + (unblocked == null ? "nothing" : unblocked)
                    + "; blocked: read " + blocked);
            assertNull(unblocked, "read after an unblocked SIGURG");
            assertNotNull(blocked, "read after a blocked SIGURG");
            assertEquals(SIGURG, blocked.signal(), blocked.toString());
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("A signal sent to one thread is readable from that thread's signalfd only")
    void threadDirectedStaysWithItsThread() throws Exception {
        SignalSet usr1 = SignalSet.of(Signals.SIGUSR1);
        CountDownLatch otherReady = new CountDownLatch(1);
        CountDownLatch sent = new CountDownLatch(1);
        int[] otherTid = new int[1];
        CompletableFuture<SignalInfo> otherRead = CompletableFuture.supplyAsync(() -> {
            try (ScopedSignalMask mask = ScopedSignalMask.block(usr1);
                    SignalFd signals = SignalFd.open(usr1)) {
                otherTid[0] = Native.tid();
                otherReady.countDown();
                assertTrue(sent.await(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS), "not sent");
                return signals.read(READ_TIMEOUT_MILLIS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, runnable -> new Thread(runnable, "signalfd-reader").start());

        try (ScopedSignalMask mask = ScopedSignalMask.block(usr1);
                SignalFd signals = SignalFd.open(usr1)) {
            assertTrue(otherReady.await(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
            Signals.tgkill(Native.pid(), otherTid[0], Signals.SIGUSR1);
            boolean readableHere = signals.isReadable();
            sent.countDown();

            SignalInfo there = otherRead.get(2 * READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            assertFalse(readableHere, "this thread's signalfd saw the other thread's SIGUSR1");
            assertNotNull(there, "the other thread's signalfd read nothing");
            assertEquals(Signals.SIGUSR1, there.signal(), there.toString());
        }
    }

    @Test
    @Timeout(60)
    @Settles(Claim.C19)
    @DisplayName("A process-directed signal blocked in the signalfd thread alone kills a JVM whose"
            + " other threads leave it at its default action; blocked in every thread, it is"
            + " read")
    void mustBeBlockedInEveryThread(Finding finding) {
        ExitStatus oneThreadBlocks;
        try (Peer peer = Peer.start(SignalFdPeer.class, SignalSet.EMPTY)) {
            Signals.kill(peer.pid(), Signals.SIGUSR1);
            oneThreadBlocks = peer.process().awaitExit(READ_TIMEOUT_MILLIS);
        }
        int[] everyThreadBlocks;
        try (Peer peer = Peer.start(SignalFdPeer.class, SignalSet.of(Signals.SIGUSR1))) {
            Signals.kill(peer.pid(), Signals.SIGUSR1);
            everyThreadBlocks = ask(peer);
        }

        boolean read = everyThreadBlocks[0] == Signals.SIGUSR1;
        boolean killed = oneThreadBlocks != null && oneThreadBlocks.signal() == Signals.SIGUSR1;
        finding.verdict(Verdict.of(read && killed), "blocked in the signalfd thread only: the"
                + " peer " + (oneThreadBlocks == null ? "lived on" : "ended, " + oneThreadBlocks)
                + "; blocked in every thread: signalfd read "
                + Signals.name(everyThreadBlocks[0]) + " from pid " + everyThreadBlocks[1]);
        assertEquals(new ExitStatus(-1, Signals.SIGUSR1), oneThreadBlocks,
                "how the peer blocking SIGUSR1 in one thread ended");
        assertEquals(Signals.SIGUSR1, everyThreadBlocks[0], "what the signalfd read");
        assertEquals(Native.pid(), everyThreadBlocks[1], "the sender signalfd reported");
    }

    private static int[] ask(Peer peer) {
        PeerAnswers answers = new PeerAnswers(peer).ask();
        return new int[] {answers.nextInt(), answers.nextInt()};
    }
}
