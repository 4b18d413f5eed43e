package sigbench.conformance.peer;

import java.util.concurrent.TimeUnit;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.PeerRuntime;
import sigbench.linux.ScopedDisposition;
import sigbench.linux.Signals;

/**
 * Shows when the JDK resets an ignored SIGCHLD: it ignores SIGCHLD, then reports whether it is
 * still ignored after System.getenv() and again after starting a process with ProcessBuilder,
 * as two ints (1 for still ignored). Nothing here loads {@code Spawn}, which resets it too.
 */
public final class SigchldResetPeer {

    private static final long CHILD_TIMEOUT_SECONDS = 10;

    public static void main(String[] args) throws Exception {
        int channel = PeerRuntime.start();
        ScopedDisposition.ignore(Signals.SIGCHLD);
        PeerRuntime.ready(Native.tid());

        System.getenv();
        boolean afterGetenv = ScopedDisposition.isIgnored(Signals.SIGCHLD);
        Process child = new ProcessBuilder("/bin/true").start();
        boolean ended = child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        boolean afterProcessBuilder = ScopedDisposition.isIgnored(Signals.SIGCHLD);

        Pointer answer = Native.buffer(12);
        answer.putInt(0, afterGetenv ? 1 : 0);
        answer.putInt(4, afterProcessBuilder ? 1 : 0);
        answer.putInt(8, ended ? 1 : 0);
        Descriptors.writeFully(channel, answer, 12);
        Pointer request = Native.buffer(1);
        while (Descriptors.read(channel, request, 1) == 1) {
            // Nothing more to report; the lifeline or a closed channel ends this peer.
        }
        System.exit(0);
    }

    private SigchldResetPeer() {
    }
}
