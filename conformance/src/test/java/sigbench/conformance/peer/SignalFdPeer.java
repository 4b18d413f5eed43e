package sigbench.conformance.peer;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.PeerRuntime;
import sigbench.linux.SignalFd;
import sigbench.linux.SignalInfo;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Reads SIGUSR1 from a signalfd in its worker thread, which blocks SIGUSR1 itself whatever
 * mask the peer was started with. On each request byte it reads one signal, waiting a little,
 * and answers with its number and sender pid, or two zeros if none came.
 */
public final class SignalFdPeer {

    private static final long READ_TIMEOUT_MILLIS = 5_000;

    public static void main(String[] args) {
        int channel = PeerRuntime.start();
        SignalSet usr1 = SignalSet.of(Signals.SIGUSR1);
        Signals.blockInThisThread(usr1);
        Pointer request = Native.buffer(1);
        Pointer answer = Native.buffer(8);
        try (SignalFd signals = SignalFd.open(usr1)) {
            PeerRuntime.ready(Native.tid());
            while (Descriptors.read(channel, request, 1) == 1) {
                SignalInfo info = signals.read(READ_TIMEOUT_MILLIS);
                answer.putInt(0, info == null ? 0 : info.signal());
                answer.putInt(4, info == null ? 0 : info.senderPid());
                Descriptors.writeFully(channel, answer, 8);
            }
        }
        System.exit(0);
    }

    private SignalFdPeer() {
    }
}
