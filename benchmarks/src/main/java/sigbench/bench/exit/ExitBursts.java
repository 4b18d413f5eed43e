package sigbench.bench.exit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.NativeCallException;
import sigbench.linux.Peer;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * When K children exit at the same moment, how long until the parent has reaped them all, and
 * does each mechanism reap every one of them?
 *
 * <p>Each burst starts K children, all reading one lifeline, and closes it: every child reads
 * end of file at once and exits 0. The time runs from the close until the mechanism has
 * reaped all K, or until {@value Detector#REAP_TIMEOUT_MILLIS} ms have passed. Then the
 * counts are checked and reported, never hidden: reaped, missed, SIGCHLD read (fewer than K
 * shows the signals coalescing), zombies left, and each child's exit code.
 *
 * <p>The trap: SIGCHLD is a standard signal, so exits that end together coalesce into fewer
 * signals; a parent that reaps one child per signal loses exits. The bursts run in one peer
 * JVM started with SIGCHLD blocked ({@link BurstPeer}), not in a JMH fork per mechanism and
 * K: a burst lasts milliseconds, so JIT warm-up is no concern beyond the warm-up bursts, and
 * 21 JVM starts would cost more than all the bursts. Children are not pinned.
 *
 * <p>{@code main} runs bursts on its own and prints a summary:
 * {@code java -cp benchmarks.jar sigbench.bench.exit.ExitBursts [K,...] [bursts]}.
 */
public final class ExitBursts {

    static final long LINE_TIMEOUT_MILLIS = 120_000;

    final List<BurstSample> samples = new ArrayList<>();
    final List<String> notMeasured = new ArrayList<>();

    /** Runs the bursts in a new masked peer and collects what it reports. */
    static ExitBursts measure(List<String> mechanisms, List<String> childCounts, int warmups,
            int bursts) {
        ExitBursts result = new ExitBursts();
        try (Peer peer = Peer.start(BurstPeer.class, SignalSet.of(Signals.SIGCHLD),
                Integer.toString(warmups), Integer.toString(bursts),
                String.join(",", mechanisms), String.join(",", childCounts))) {
            Descriptors.setReceiveTimeout(peer.channelFd(), LINE_TIMEOUT_MILLIS);
            LineReader lines = new LineReader(peer.channelFd());
            for (String line = lines.next(); !line.equals("end"); line = lines.next()) {
                if (line.startsWith("burst ")) {
                    result.samples.add(BurstSample.parse(line));
                } else {
                    String[] f = line.split(" ", 4);
                    result.notMeasured.add(f[1] + " at K=" + f[2] + ": "
                            + (f[0].equals("skip") ? "" : "failed: ") + f[3]);
                }
            }
        }
        return result;
    }

    /** Reads lines from a socket with a receive timeout set. */
    private static final class LineReader {
        private final int fd;
        private final Pointer buffer = Native.buffer(4096);
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        LineReader(int fd) {
            this.fd = fd;
        }

        String next() {
            while (true) {
                byte[] bytes = pending.toByteArray();
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] == '\n') {
                        pending.reset();
                        pending.write(bytes, i + 1, bytes.length - i - 1);
                        return new String(bytes, 0, i, StandardCharsets.UTF_8);
                    }
                }
                long n;
                try {
                    n = Descriptors.read(fd, buffer, 4096);
                } catch (NativeCallException e) {
                    throw new IllegalStateException("the burst peer reported nothing within "
                            + LINE_TIMEOUT_MILLIS + " ms", e);
                }
                if (n == 0) {
                    throw new IllegalStateException("the burst peer ended before it reported"
                            + " all bursts");
                }
                byte[] read = new byte[(int) n];
                buffer.get(0, read, 0, read.length);
                pending.write(read, 0, read.length);
            }
        }
    }

    /** Runs bursts of every mechanism and prints one summary line per mechanism and K. */
    public static void main(String[] args) {
        List<String> counts = List.of((args.length > 0 ? args[0] : "1,64,1024").split(","));
        int bursts = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ExitBursts run = measure(Mechanisms.NAMES, counts, 1, bursts);
        for (BurstRow row : BurstRow.of(run.samples)) {
            System.out.println(String.format(Locale.ROOT, "%-20s K=%-5d bursts=%d reaped=%d"
                    + " of %d missed=%d zombies=%d median=%.2f ms max=%.2f ms",
                    row.mechanism(), row.children(), row.bursts(), row.reaped(),
                    (long) row.bursts() * row.children(), row.missed(), row.zombies(),
                    row.medianNanos() / 1e6, row.maxNanos() / 1e6));
        }
        for (String note : run.notMeasured) {
            System.out.println("not measured: " + note);
        }
        boolean whole = run.notMeasured.isEmpty();
        for (BurstSample sample : run.samples) {
            whole &= sample.missed() == 0 && sample.zombies() == 0;
        }
        System.out.println(whole ? "every burst: every child reaped, no zombie left"
                : "some burst lost children or left zombies: see above");
        System.exit(whole ? 0 : 1);
    }
}
