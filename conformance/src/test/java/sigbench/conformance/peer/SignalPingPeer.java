package sigbench.conformance.peer;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.PeerRuntime;
import sigbench.linux.SignalSet;
import sigbench.linux.SignalTaker;
import sigbench.linux.Signals;
import sigbench.linux.peer.SignalEchoPeer;

/**
 * Plays kill+sigwait ping-pong with a {@link SignalEchoPeer} it starts: it sends SIGUSR1 and
 * waits for the echo before sending the next. Start it with SIGUSR1 blocked, so the echo,
 * sent to this process, stays pending for sigtimedwait in every thread. On a request byte it
 * plays the rounds and reports how many it played and how many answers did not come.
 *
 * <p>Arguments: the number of rounds.
 */
public final class SignalPingPeer {

    private static final long ANSWER_TIMEOUT_MILLIS = 2_000;

    public static void main(String[] args) {
        int channel = PeerRuntime.start();
        int rounds = Integer.parseInt(args[0]);
        SignalSet usr1 = SignalSet.of(Signals.SIGUSR1);
        SignalTaker taker = new SignalTaker(usr1);
        try (Peer echo = Peer.start(SignalEchoPeer.class, usr1, "-1",
                Integer.toString(Signals.SIGUSR1), Integer.toString(Native.pid()))) {
            PeerRuntime.ready(Native.tid());
            Pointer request = Native.buffer(8);
            if (Descriptors.read(channel, request, 1) != 1) {
                return;
            }
            int lost = 0;
            for (int i = 0; i < rounds; i++) {
                Signals.kill(echo.pid(), Signals.SIGUSR1);
                if (!taker.take(ANSWER_TIMEOUT_MILLIS)) {
                    lost++;
                }
            }
            request.putInt(0, rounds);
            request.putInt(4, lost);
            Descriptors.writeFully(channel, request, 8);
            while (Descriptors.read(channel, request, 1) == 1) {
                // Nothing more to report; the lifeline or a closed channel ends this peer.
            }
        }
        System.exit(0);
    }

    private SignalPingPeer() {
    }
}
