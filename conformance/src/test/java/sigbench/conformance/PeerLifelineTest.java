package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.linux.ExitStatus;
import sigbench.linux.Peer;
import sigbench.linux.Pidfd;
import sigbench.linux.ProcStatus;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;
import sigbench.linux.peer.EchoPeer;
import sigbench.linux.peer.SpawningPeer;

/**
 * Verify that no peer outlives the JVM that started it: the kernel closes a dying process's
 * descriptors, the lifeline's write end among them, whatever killed it.
 */
@DisplayName("A peer's lifeline")
class PeerLifelineTest {

    private static final long ORPHAN_EXIT_TIMEOUT_MILLIS = 10_000;

    @Test
    @Timeout(60)
    @DisplayName("A peer halts by itself, with exit code 0, once its lifeline is closed")
    void haltsWhenLifelineCloses() {
        try (Peer peer = Peer.start(EchoPeer.class, SignalSet.EMPTY, "-1")) {
            ExitStatus exit = peer.stop();

            assertEquals(new ExitStatus(0, 0), exit, "how " + peer + " ended");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("A closed peer has ended and been reaped")
    void closeEndsThePeer() {
        Peer peer = Peer.start(EchoPeer.class, SignalSet.EMPTY, "-1");
        try (Pidfd watch = Pidfd.open(peer.pid())) {
            peer.close();

            assertFalse(peer.process().isAlive(), peer + " after close");
            assertTrue(watch.awaitExit(0), peer + " still runs after close");
        }
    }

    @Test
    @Timeout(90)
    @DisplayName("A peer ends when the JVM that started it is killed by SIGKILL")
    void endsWhenParentIsKilled() {
        try (Peer parent = Peer.start(SpawningPeer.class, SignalSet.EMPTY);
                Pidfd grandchild = Pidfd.open(grandchildOf(parent))) {
            boolean ended = false;
            try {
                assertEquals(parent.pid(), ProcStatus.ofProcess(grandchild.pid()).parentPid(),
                        "the parent of the grandchild before the kill");

                parent.process().signal(Signals.SIGKILL);
                ExitStatus parentExit = parent.process().awaitExit(ORPHAN_EXIT_TIMEOUT_MILLIS);
                ended = grandchild.awaitExit(ORPHAN_EXIT_TIMEOUT_MILLIS);

                assertEquals(new ExitStatus(-1, Signals.SIGKILL), parentExit, "the parent");
                assertTrue(ended, "grandchild " + grandchild.pid() + " still runs "
                        + ORPHAN_EXIT_TIMEOUT_MILLIS + " ms after its parent was killed");
            } finally {
                if (!ended) {
                    grandchild.send(Signals.SIGKILL);
                }
            }
        }
    }

    /** The pid the spawning peer reports for the peer it started. */
    private static int grandchildOf(Peer parent) {
        return new PeerAnswers(parent).nextInt();
    }
}
