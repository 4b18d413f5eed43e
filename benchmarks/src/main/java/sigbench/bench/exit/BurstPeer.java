package sigbench.bench.exit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jnr.ffi.Pointer;
import sigbench.linux.CpuClock;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.PeerRuntime;

/**
 * Runs bursts of child exits in a JVM started with SIGCHLD blocked in every thread, so that
 * {@code signalfd} works in it, and writes one line per burst on its channel. {@link
 * ExitBursts} starts it as a peer: one JVM for every mechanism and K, where a JMH fork each
 * would cost a JVM start per combination.
 *
 * <p>Arguments: warm-up bursts, measured bursts, mechanisms, child counts (both
 * comma-separated). Lines: {@link BurstSample#toLine}, {@code skip <mechanism> <K> <reason>},
 * {@code error <mechanism> <K> <message>}, and {@code end}.
 */
public final class BurstPeer {

    private final int channel;
    private final CpuClock cpu = new CpuClock();

    private BurstPeer(int channel) {
        this.channel = channel;
    }

    public static void main(String[] args) {
        BurstPeer peer = new BurstPeer(PeerRuntime.start());
        int warmups = Integer.parseInt(args[0]);
        int bursts = Integer.parseInt(args[1]);
        List<String> mechanisms = List.of(args[2].split(","));
        PeerRuntime.ready(Native.tid());
        for (String count : args[3].split(",")) {
            int children = Integer.parseInt(count);
            String shortfall = ChildCapacity.shortfall(children);
            for (String mechanism : mechanisms) {
                if (shortfall != null) {
                    peer.send("skip " + mechanism + " " + children + " " + shortfall);
                    continue;
                }
                try (Detector detector = Mechanisms.open(mechanism)) {
                    for (int i = 0; i < warmups + bursts; i++) {
                        BurstSample sample = peer.burst(detector, mechanism, children);
                        if (i >= warmups) {
                            peer.send(sample.toLine());
                        }
                    }
                } catch (RuntimeException e) {
                    peer.send("error " + mechanism + " " + children + " "
                            + String.valueOf(e.getMessage()).replace('\n', ' '));
                }
            }
        }
        peer.send("end");
        System.exit(0);
    }

    /** Releases K children at once and times their reaping; checks and closes them after. */
    private BurstSample burst(Detector detector, String mechanism, int children) {
        try (Brood brood = detector.spawn(children)) {
            detector.prepare(brood);
            long signalsBefore = detector.signalsRead();
            long deadline = System.nanoTime() + Detector.REAP_TIMEOUT_MILLIS * 1_000_000L;
            long cpuBefore = cpu.processNanos();
            long threadCpuBefore = cpu.threadNanos();
            long start = System.nanoTime();

            brood.releaseAll();
            int reaped = detector.reapAll(brood, deadline);

            long nanos = System.nanoTime() - start;
            long threadCpu = cpu.threadNanos() - threadCpuBefore;
            long processCpu = cpu.processNanos() - cpuBefore;
            detector.finish(brood);
            int zombies = Zombies.childrenOf(Native.pid());
            if (reaped == children) {
                brood.requireEnded(false);
            }
            return new BurstSample(mechanism, children, nanos, reaped,
                    detector.signalsRead() - signalsBefore, zombies, processCpu, threadCpu);
        }
    }

    private void send(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        Pointer buffer = Native.buffer(bytes.length);
        buffer.put(0, bytes, 0, bytes.length);
        Descriptors.writeFully(channel, buffer, bytes.length);
    }
}
