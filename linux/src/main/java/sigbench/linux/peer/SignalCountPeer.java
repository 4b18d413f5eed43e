package sigbench.linux.peer;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.PeerRuntime;
import sigbench.linux.SignalSet;
import sigbench.linux.SignalTaker;

/**
 * Reports the signals pending for it. Start it with the signals of interest blocked. Each byte
 * the parent writes on the channel asks for a report: the peer takes every pending signal of
 * its mask, without waiting, and answers with their count and then a signal number and a
 * {@code sigval} integer for each, in the order sigtimedwait returned them.
 *
 * <p>Arguments: the signal numbers to take.
 */
public final class SignalCountPeer {

    /** More than the real-time queue of an ordinary user holds, to bound one report. */
    public static final int MOST_REPORTED = 1 << 16;

    public static void main(String[] args) {
        int channel = PeerRuntime.start();
        int[] signals = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            signals[i] = Integer.parseInt(args[i]);
        }
        SignalTaker taker = new SignalTaker(SignalSet.of(signals));
        Pointer request = Native.buffer(1);
        Pointer report = Native.buffer(4 + 8 * MOST_REPORTED);
        PeerRuntime.ready(Native.tid());
        while (Descriptors.read(channel, request, 1) == 1) {
            int count = 0;
            while (count < MOST_REPORTED && taker.take(0)) {
                report.putInt(4 + 8L * count, taker.lastSignal());
                report.putInt(8 + 8L * count, taker.lastValue());
                count++;
            }
            report.putInt(0, count);
            Descriptors.writeFully(channel, report, 4 + 8 * count);
        }
        System.exit(0);
    }

    private SignalCountPeer() {
    }
}
