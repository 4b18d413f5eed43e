package sigbench.conformance;

import java.util.ArrayList;
import java.util.List;

import sigbench.linux.Peer;
import sigbench.linux.peer.SignalCountPeer;

/** Asks a {@link SignalCountPeer} which signals are pending for it, taking them. */
final class PendingReport {

    private PendingReport() {
    }

    /** One pending signal as the peer took it. */
    record Taken(int signal, int value) {
    }

    static List<Taken> take(Peer peer) {
        PeerAnswers answers = new PeerAnswers(peer).ask();
        int count = answers.nextInt();
        List<Taken> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(new Taken(answers.nextInt(), answers.nextInt()));
        }
        return taken;
    }
}
