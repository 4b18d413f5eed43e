package sigbench.bench.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import sigbench.bench.Placement;
import sigbench.linux.peer.ChannelKind;
import sigbench.linux.peer.ChannelPeer;

/**
 * The peer protocol over every channel, in this unmasked test JVM: the parent only sends, the
 * peer acknowledges on its command socket, so no signal ever comes back here.
 */
class ChannelSessionTest {

    private static final int WINDOW = 4;
    private static final int MESSAGES = 40;

    @Test
    @DisplayName("Every channel carries messages one way and the peer acknowledges each window")
    void everyChannelAcknowledgesWindows() {
        for (ChannelKind kind : ChannelKind.values()) {
            try (ChannelSession session = ChannelSession.start(kind, Placement.NO_CPU, -1)) {
                session.command(ChannelPeer.SINK, 1, 1, 1);
                assertTrue(session.offer(1), kind + ": first message refused");
                session.awaitAck();
                assertEquals(0, session.readInts(1)[0], kind + ": out of order");

                if (kind.keepsEveryMessage()) {
                    session.command(ChannelPeer.SINK, WINDOW, 1, MESSAGES);
                    for (int i = 1; i <= MESSAGES; i++) {
                        assertTrue(session.offer(1), kind + ": message " + i + " refused");
                        if (i % WINDOW == 0) {
                            session.awaitAck();
                        }
                    }
                    assertEquals(0, session.readInts(1)[0], kind + ": out of order");
                }
            }
        }
    }

    @Test
    @DisplayName("A held burst of a standard signal arrives once; of sigqueue-rt, up to the limit")
    void heldBurstsCoalesceOrQueue() {
        try (ChannelSession session = ChannelSession.start(ChannelKind.KILL_SIGWAITINFO,
                Placement.NO_CPU, -1)) {
            int[] counts = held(session, 50);
            assertEquals(1, counts[0], "standard signals delivered of 50 sent while held");
        }
        try (ChannelSession session = ChannelSession.start(ChannelKind.SIGQUEUE_RT,
                Placement.NO_CPU, 64)) {
            int refused = 0;
            session.command(ChannelPeer.HOLD, 0, 0, 0);
            for (int i = 0; i < 100; i++) {
                refused += session.offer(1) ? 0 : 1;
            }
            session.command(ChannelPeer.END, 0, 0, 0);
            int[] counts = session.readInts(2);
            assertEquals(100, counts[0] + refused, "every sigqueue was queued or refused");
            assertTrue(counts[0] <= 64, "queued beyond the peer's limit of 64: " + counts[0]);
            assertEquals(0, counts[1], "real-time signals out of order");
        }
    }

    private static int[] held(ChannelSession session, int messages) {
        session.command(ChannelPeer.HOLD, 0, 0, 0);
        for (int i = 0; i < messages; i++) {
            session.offer(1);
        }
        session.command(ChannelPeer.END, 0, 0, 0);
        return session.readInts(2);
    }
}
