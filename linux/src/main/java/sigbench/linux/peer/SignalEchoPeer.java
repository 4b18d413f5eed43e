package sigbench.linux.peer;

import sigbench.linux.Native;
import sigbench.linux.PeerRuntime;
import sigbench.linux.SignalSet;
import sigbench.linux.SignalTaker;
import sigbench.linux.Signals;

/**
 * Answers every signal it takes with the same signal sent by kill(2) to its parent. Start it
 * with the signal blocked, so the kernel leaves the signal pending until sigtimedwait takes it.
 *
 * <p>Arguments: the CPU to pin to or -1, the signal number, the parent's pid.
 */
public final class SignalEchoPeer {

    private static final long IDLE_WAIT_MILLIS = 1_000;

    public static void main(String[] args) {
        PeerRuntime.start();
        PeerArgs.pin(args[0]);
        int signal = Integer.parseInt(args[1]);
        int parent = PeerRuntime.parentPid(args[2]);
        SignalTaker taker = new SignalTaker(SignalSet.of(signal));
        PeerRuntime.ready(Native.tid());
        while (true) {
            // The lifeline watch halts this JVM when the parent goes; until then keep waiting.
            if (taker.take(IDLE_WAIT_MILLIS)) {
                Signals.kill(parent, signal);
            }
        }
    }

    private SignalEchoPeer() {
    }
}
