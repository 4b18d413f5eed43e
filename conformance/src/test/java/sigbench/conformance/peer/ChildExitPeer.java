package sigbench.conformance.peer;

import java.util.ArrayList;
import java.util.List;

import jnr.ffi.Pointer;
import sigbench.linux.ChildProcess;
import sigbench.linux.Descriptors;
import sigbench.linux.ExitStatus;
import sigbench.linux.Native;
import sigbench.linux.NativeCallException;
import sigbench.linux.PeerRuntime;
import sigbench.linux.Pidfd;
import sigbench.linux.ProcStat;
import sigbench.linux.ScopedDisposition;
import sigbench.linux.SignalSet;
import sigbench.linux.SignalTaker;
import sigbench.linux.Signals;
import sigbench.linux.Spawn;
import sigbench.linux.Wait;

/**
 * Shows what a parent learns of its children's exits under a SIGCHLD disposition. Start it
 * with SIGCHLD blocked, so a SIGCHLD the kernel sends stays pending and can be counted.
 *
 * <p>On a request byte it sets the disposition, starts the children (each a {@code cat}
 * reading one pipe, so none can end before it is watched), closes the pipe, waits on pidfds
 * until all have ended, and reports: the child count; per child its state letter in
 * {@code /proc/<pid>/stat} (0 if it is gone) and waitpid's answer (the exit code, or -1 for
 * ECHILD); the number of SIGCHLD pending; per SIGCHLD its si_code and si_pid.
 *
 * <p>Arguments: {@code default}, {@code ignore} or {@code nocldwait}; the number of children.
 */
public final class ChildExitPeer {

    private static final long EXIT_TIMEOUT_MILLIS = 10_000;
    private static final int ECHILD = 10;

    public static void main(String[] args) {
        int channel = PeerRuntime.start();
        int children = Integer.parseInt(args[1]);
        SignalTaker sigchld = new SignalTaker(SignalSet.of(Signals.SIGCHLD));
        Pointer request = Native.buffer(1);
        PeerRuntime.ready(Native.tid());
        if (Descriptors.read(channel, request, 1) != 1) {
            System.exit(0);
        }

        // Loading Spawn resets an ignored SIGCHLD; set the disposition after it.
        int[] input = Descriptors.pipe();
        Spawn cat = Spawn.program("/bin/cat").fd(0, input[0]).fd(1, 2).fd(2, 2);
        List<Integer> report = new ArrayList<>();
        try (ScopedDisposition disposition = disposition(args[0])) {
            // The children stay unclosed: once the kernel has reaped them, closing one would
            // wait for it and fail with ECHILD. The pidfds go when this JVM ends.
            List<ChildProcess> started = new ArrayList<>();
            List<Pidfd> watched = new ArrayList<>();
            for (int i = 0; i < children; i++) {
                ChildProcess child = cat.start();
                started.add(child);
                watched.add(Pidfd.open(child.pid()));
            }
            Descriptors.close(input[1]);
            report.add(children);
            for (int i = 0; i < children; i++) {
                int pid = started.get(i).pid();
                if (!watched.get(i).awaitExit(EXIT_TIMEOUT_MILLIS)) {
                    throw new IllegalStateException("child " + pid + " did not end");
                }
                report.add(stateOf(pid));
                report.add(waitFor(pid));
            }
            List<Integer> signals = new ArrayList<>();
            while (sigchld.take(0)) {
                signals.add(sigchld.last().code());
                signals.add(sigchld.last().senderPid());
            }
            report.add(signals.size() / 2);
            report.addAll(signals);
        }
        Pointer answer = Native.buffer(4 * report.size());
        for (int i = 0; i < report.size(); i++) {
            answer.putInt(4L * i, report.get(i));
        }
        Descriptors.writeFully(channel, answer, 4 * report.size());
        while (Descriptors.read(channel, request, 1) == 1) {
            // Nothing more to do; the lifeline or a closed channel ends this peer.
        }
        System.exit(0);
    }

    private static ScopedDisposition disposition(String name) {
        return switch (name) {
            case "default" -> ScopedDisposition.reset(Signals.SIGCHLD);
            case "ignore" -> ScopedDisposition.ignore(Signals.SIGCHLD);
            case "nocldwait" -> ScopedDisposition.noChildWait();
            default -> throw new IllegalArgumentException("no such disposition: " + name);
        };
    }

    private static int stateOf(int pid) {
        try {
            return ProcStat.ofProcess(pid).state();
        } catch (java.io.UncheckedIOException gone) {
            return 0;
        }
    }

    private static int waitFor(int pid) {
        try {
            ExitStatus exit = Wait.noHang(pid);
            return exit == null ? -2 : exit.exitCode();
        } catch (NativeCallException e) {
            if (e.errno() != ECHILD) {
                throw e;
            }
            return -1;
        }
    }

    private ChildExitPeer() {
    }
}
