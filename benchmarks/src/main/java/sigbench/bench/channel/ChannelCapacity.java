package sigbench.bench.channel;

import java.util.ArrayList;
import java.util.List;

import sigbench.bench.Placement;
import sigbench.linux.Affinity;
import sigbench.linux.SigpendingLimit;
import sigbench.linux.peer.ChannelKind;
import sigbench.linux.peer.ChannelPeer;

/**
 * How many messages per second does each channel carry one way, how many bytes, and what
 * arrives of a burst?
 *
 * <p>Throughput: the parent sends messages and waits for the peer's acknowledgement after every
 * {@code window} of them; the acknowledgement always comes back as one byte on the peer's
 * command socket, so channels differ only in the direction measured. Bandwidth: the same over
 * the byte channels with payloads from 64 B to 1 MiB, and for {@code sigqueue-rt} the 4 bytes
 * its value carries. Burst: the parent fires {@value #BURST_MESSAGES} messages without waiting
 * while the peer takes them as they come ("taking"), or while the peer takes nothing until the
 * end ("held"); the peer counts what it took.
 *
 * <p>The trap avoided: a standard signal sent again while one is still pending merges into it,
 * so "messages per second" with a window above 1 would count sends, not deliveries, and the
 * acknowledgement would never come. Standard-signal channels are therefore measured at window
 * 1 only, and their loss is shown by the burst, where it belongs. A held real-time burst would
 * fill the queue that RLIMIT_SIGPENDING bounds for the whole user, every other process of that
 * user included, so the peer lowers its own soft limit first and the burst stops there.
 *
 * <p>How it runs: these are counts and rates, not latencies, so they are taken in the main job's
 * JVM with a timed loop, not in JMH forks: the parent only sends signals here and needs no
 * mask, and one peer per channel and placement serves every window, payload and burst, which
 * saves a JVM start per figure. Each figure is one timed run after a warm-up run; the message
 * count is chosen from the warm-up so the timed run lasts about the target time.
 */
final class ChannelCapacity {

    static final int[] WINDOWS = {1, 16, 256};
    static final int[] PAYLOAD_BYTES = {64, 4 * 1024, 64 * 1024, 1024 * 1024};
    /** The acknowledgement window of the bandwidth runs. */
    static final int BANDWIDTH_WINDOW = 16;
    static final int BURST_MESSAGES = 1000;
    /** The soft RLIMIT_SIGPENDING the sigqueue-rt peer lowers itself to, at most. */
    static final long PEER_SIGPENDING_LIMIT = 1024;

    private final long targetNanos;
    private final int bursts;
    final List<RateRow> rates = new ArrayList<>();
    final List<BurstRow> burstRows = new ArrayList<>();
    final List<String> notMeasured = new ArrayList<>();
    final long hostSigpendingLimit = SigpendingLimit.soft();
    final long peerSigpendingLimit = Math.min(hostSigpendingLimit, PEER_SIGPENDING_LIMIT);

    ChannelCapacity(boolean quick) {
        this.targetNanos = quick ? 100_000_000L : 700_000_000L;
        this.bursts = quick ? 3 : 10;
    }

    /** Measures every channel in {@code channels} at every placement in {@code placements}. */
    void measure(List<String> channels, List<String> placements) {
        for (String placementName : placements) {
            Placement placement = Placement.parse(placementName);
            String reason = placement.unavailableReason();
            if (reason != null) {
                notMeasured.add("capacity at " + placementName + ": " + reason);
                continue;
            }
            for (String channel : channels) {
                try {
                    measure(ChannelKind.named(channel), placement);
                } catch (RuntimeException e) {
                    notMeasured.add("capacity of " + channel + " at " + placementName + ": "
                            + e.getMessage());
                } finally {
                    Affinity.unpinThisThread();
                }
            }
        }
    }

    private void measure(ChannelKind kind, Placement placement) {
        int peerCpu = placement.pinThisThread();
        long limit = kind == ChannelKind.SIGQUEUE_RT ? peerSigpendingLimit : -1;
        try (ChannelSession session = ChannelSession.start(kind, peerCpu, limit)) {
            String where = placement.paramName();
            int valueBytes = kind == ChannelKind.SIGQUEUE_RT ? 4
                    : kind == ChannelKind.EVENTFD ? 8 : kind.isSignal() ? 0 : 1;
            for (int window : WINDOWS) {
                if (window == 1 || kind.keepsEveryMessage()) {
                    rates.add(rate(session, where, window, 1, valueBytes));
                }
            }
            if (kind.carriesPayload()) {
                for (int payloadBytes : PAYLOAD_BYTES) {
                    rates.add(rate(session, where, BANDWIDTH_WINDOW, payloadBytes, payloadBytes));
                }
            }
            burstRows.add(burst(session, where, false));
            if (kind.isSignal()) {
                burstRows.add(burst(session, where, true));
            }
        }
    }

    private RateRow rate(ChannelSession session, String placement, int window, int payloadBytes,
            int reportedBytes) {
        long warmMessages = roundUp(Math.max(64, Math.min(2000, (8L << 20) / payloadBytes)),
                window);
        double nanosPerMessage = (double) run(session, window, payloadBytes, warmMessages)[0]
                / warmMessages;
        long messages = roundUp(Math.max(window,
                Math.min(20_000_000L, (long) (targetNanos / nanosPerMessage))), window);
        long[] timed = run(session, window, payloadBytes, messages);
        return new RateRow(session.kind().reportName(), placement, window, reportedBytes,
                messages, messages * 1e9 / timed[0], timed[1]);
    }

    /** One timed run: returns the elapsed nanoseconds and the out-of-order count. */
    private static long[] run(ChannelSession session, int window, int payloadBytes,
            long messages) {
        session.command(ChannelPeer.SINK, window, payloadBytes, (int) messages);
        long start = System.nanoTime();
        for (long i = 1; i <= messages; i++) {
            if (!session.offer(payloadBytes)) {
                throw new IllegalStateException(session + ": a message was refused (EAGAIN)"
                        + " with at most " + window + " unacknowledged");
            }
            if (i % window == 0) {
                session.awaitAck();
            }
        }
        if (messages % window != 0) {
            session.awaitAck();
        }
        long elapsed = System.nanoTime() - start;
        return new long[] {elapsed, session.readInts(1)[0]};
    }

    private BurstRow burst(ChannelSession session, String placement, boolean held) {
        boolean queueProbe = held && session.kind() == ChannelKind.SIGQUEUE_RT;
        long perBurst = queueProbe ? peerSigpendingLimit + 256 : BURST_MESSAGES;
        int rounds = held ? 1 : bursts;
        long sent = 0;
        long refused = 0;
        long firstRefusedAt = -1;
        long delivered = 0;
        long outOfOrder = 0;
        for (int round = 0; round < rounds; round++) {
            session.command(held ? ChannelPeer.HOLD : ChannelPeer.BURST, 0, 0, 0);
            for (long i = 0; i < perBurst; i++) {
                if (!session.offer(1)) {
                    if (firstRefusedAt < 0) {
                        firstRefusedAt = sent + i;
                    }
                    refused++;
                }
            }
            session.command(ChannelPeer.END, 0, 0, 0);
            int[] counts = session.readInts(2);
            sent += perBurst;
            delivered += counts[0];
            outOfOrder += counts[1];
        }
        return new BurstRow(session.kind().reportName(), placement, held, sent, refused,
                firstRefusedAt, delivered, outOfOrder);
    }

    private static long roundUp(long value, int multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }
}
