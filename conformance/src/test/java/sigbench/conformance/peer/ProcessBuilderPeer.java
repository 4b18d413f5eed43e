package sigbench.conformance.peer;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.PeerRuntime;
import sigbench.linux.ProcStatus;
import sigbench.linux.ScopedDisposition;
import sigbench.linux.Signals;

/**
 * Starts {@code cat /proc/self/status} with ProcessBuilder, under the launch mechanism it is
 * given, so the child's SigBlk and SigIgn show what the JDK passes on. It ignores one signal
 * first, for the life of the peer, and reports as text: "ok", the calling thread's mask, this
 * process's ignored set and the child's status; or "error" and the exception.
 *
 * <p>Arguments: a value of {@code jdk.lang.Process.launchMechanism} or {@code default}; the
 * signal to ignore.
 */
public final class ProcessBuilderPeer {

    private static final long CHILD_TIMEOUT_SECONDS = 10;

    public static void main(String[] args) {
        int channel = PeerRuntime.start();
        if (!args[0].equals("default")) {
            // Read once, when the JDK's process classes load: nothing has loaded them yet.
            System.setProperty("jdk.lang.Process.launchMechanism", args[0]);
        }
        ScopedDisposition.ignore(Integer.parseInt(args[1]));
        PeerRuntime.ready(Native.tid());

        String report;
        try {
            Process cat = new ProcessBuilder("/bin/cat", "/proc/self/status")
                    .redirectErrorStream(true).start();
            String status = new String(cat.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            if (!cat.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                cat.destroyForcibly();
                throw new IllegalStateException("cat did not end");
            }
            report = "ok\n" + Signals.threadMask().hex() + "\n"
                    + ProcStatus.ofProcess(Native.pid()).ignored().hex() + "\n" + status;
        } catch (Throwable e) {
            report = "error\n" + e;
        }
        byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
        Pointer answer = Native.buffer(4 + bytes.length);
        answer.putInt(0, bytes.length);
        answer.put(4, bytes, 0, bytes.length);
        Descriptors.writeFully(channel, answer, 4 + bytes.length);
        Pointer request = Native.buffer(1);
        while (Descriptors.read(channel, request, 1) == 1) {
            // Nothing more to report; the lifeline or a closed channel ends this peer.
        }
        System.exit(0);
    }

    private ProcessBuilderPeer() {
    }
}
