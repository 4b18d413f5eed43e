package sigbench.bench.channel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import sigbench.bench.report.LatencyChart;
import sigbench.bench.report.LatencyRow;
import sigbench.bench.report.Report;

/**
 * The control-channel section of {@code report.md}: one summary table of channel, placement
 * and figure with the article's figures beside it, what this host confirms or refutes in plain
 * words, then each measurement's own table. Every sentence is computed from the figures.
 */
final class ChannelReport {

    static final String CHART_FILE = "round-trip.svg";
    private static final String[] PLACEMENTS = {"same-cpu", "cross-cpu", "unpinned"};
    private static final int LARGEST_PAYLOAD = ChannelCapacity.PAYLOAD_BYTES[
            ChannelCapacity.PAYLOAD_BYTES.length - 1];

    private final List<RoundTripFigure> roundTrips;
    private final ChannelCapacity capacity;
    private final boolean capacityRan;
    private final boolean floorRan;
    private final List<String> notes;

    ChannelReport(List<RoundTripFigure> roundTrips, ChannelCapacity capacity,
            boolean capacityRan, boolean floorRan, List<String> notes) {
        this.roundTrips = roundTrips;
        this.capacity = capacity;
        this.capacityRan = capacityRan;
        this.floorRan = floorRan;
        this.notes = notes;
    }

    void write(Path folder, StringBuilder md) {
        md.append("## Control channel: parent to child\n\n");
        md.append("Nine ways for a parent JVM and its child JVM to pass commands. `same-cpu`:"
                + " both on the first usable CPU; `cross-cpu`: the parent's thread on the first,"
                + " the child on the second; `unpinned`: the scheduler decides. The article's"
                + " figures (claim C21) are averages over 1000 loops of 1 MB with no placement"
                + " stated.\n\n");
        summary(md);
        verdicts(md);
        roundTripSection(folder, md);
        if (capacityRan) {
            throughputSection(md);
            bandwidthSection(md);
            burstSection(md);
        }
        if (!notes.isEmpty()) {
            md.append("### Not measured in this section\n\n");
            for (String note : notes) {
                md.append("- ").append(note).append('\n');
            }
            md.append('\n');
        }
    }

    private void summary(StringBuilder md) {
        md.append("### Summary\n\n");
        md.append("| channel | placement | round trip p50 µs | mean µs | p99.9 µs |"
                + " msgs/s, ack every 1 | msgs/s, ack every 256 | MB/s | burst delivered |"
                + " article |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (String channel : Channels.NAMES) {
            for (String placement : PLACEMENTS) {
                RoundTripFigure rtt = roundTrip(channel, placement);
                RateRow one = rate(channel, placement, 1, false);
                RateRow wide = rate(channel, placement, 256, false);
                BurstRow burst = burst(channel, placement, false);
                if (rtt == null && one == null && burst == null) {
                    continue;
                }
                md.append("| ").append(channel).append(" | ").append(placement).append(" | ")
                        .append(rtt == null ? "" : micros(rtt.row().p50Nanos())).append(" | ")
                        .append(rtt == null ? "" : micros(rtt.meanNanos())).append(" | ")
                        .append(rtt == null ? "" : micros(rtt.row().p999Nanos())).append(" | ")
                        .append(one == null ? "" : count(one.messagesPerSecond())).append(" | ")
                        .append(wide == null ? "—" : count(wide.messagesPerSecond()))
                        .append(" | ").append(megabytesCell(channel, placement)).append(" | ")
                        .append(burst == null ? "" : share(burst)).append(" | ")
                        .append(ArticleFigures.cell(channel)).append(" |\n");
            }
        }
        md.append("\nMB/s: payloads of ").append(size(LARGEST_PAYLOAD)).append(" for the byte"
                + " channels; for `sigqueue-rt`, the 4-byte value of each signal at an"
                + " acknowledgement every 256. Burst: ").append(ChannelCapacity.BURST_MESSAGES)
                .append(" messages fired without waiting while the receiver takes them. `—`: a"
                + " standard signal cannot be sent 256 times unanswered without merging, so"
                + " that figure does not exist.\n\n");
    }

    private void verdicts(StringBuilder md) {
        md.append("### What this host confirms or refutes\n\n");
        List<String> sentences = new ArrayList<>();
        latencySentence(sentences, Channels.SOCKETPAIR, "a socketpair",
                ArticleFigures.SOCKETPAIR_LATENCY_MICROS);
        latencySentence(sentences, Channels.KILL_SIGWAITINFO, "kill()+sigwait",
                ArticleFigures.KILL_SIGWAIT_LATENCY_MICROS);
        gapSentence(sentences);
        bandwidthSentences(sentences);
        lossSentences(sentences);
        pipeSentence(sentences);
        if (sentences.isEmpty()) {
            md.append("This run measured too little to settle the article's figures.\n\n");
            return;
        }
        md.append(String.join(" ", sentences)).append("\n\n");
    }

    /**
     * Sets the article's average against this host's mean round trip at each placement: the
     * claim is matched where the mean is within a factor of two of it, and then the p50 says
     * whether the typical round trip or a long tail makes the mean.
     */
    private void latencySentence(List<String> out, String channel, String what,
            double claimMicros) {
        List<String> means = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        boolean allFaster = true;
        for (String placement : PLACEMENTS) {
            RoundTripFigure figure = roundTrip(channel, placement);
            if (figure == null) {
                continue;
            }
            double meanMicros = figure.meanNanos() / 1000;
            means.add(micros(figure.meanNanos()) + " µs " + placement);
            if (meanMicros >= claimMicros / 2 && meanMicros <= claimMicros * 2) {
                matched.add(String.format(Locale.ROOT, "%s (mean %s µs, p50 %s µs)", placement,
                        micros(figure.meanNanos()), micros(figure.row().p50Nanos())));
            }
            allFaster &= meanMicros < claimMicros / 2;
        }
        if (means.isEmpty()) {
            return;
        }
        String verdict = allFaster ? "refuted: every placement's mean is less than half of it"
                : !matched.isEmpty() ? "matched within a factor of two only at "
                        + String.join(", ", matched)
                : "refuted: this host is slower";
        out.add(String.format(Locale.ROOT, "The article's %.1f µs average for %s is %s (mean"
                + " round trip here: %s).", claimMicros, what, verdict, String.join(", ", means)));
    }

    private void gapSentence(List<String> out) {
        StringBuilder ratios = new StringBuilder();
        for (String placement : PLACEMENTS) {
            RoundTripFigure signal = roundTrip(Channels.KILL_SIGWAITINFO, placement);
            RoundTripFigure socket = roundTrip(Channels.SOCKETPAIR, placement);
            if (signal != null && socket != null) {
                ratios.append(ratios.length() == 0 ? "" : ", ").append(String.format(
                        Locale.ROOT, "%.2f× %s", signal.row().p50Nanos()
                        / socket.row().p50Nanos(), placement));
            }
        }
        if (ratios.length() > 0) {
            out.add(String.format(Locale.ROOT, "The article has a signal round trip cost %.0f"
                    + " times a socketpair's; here kill-sigwaitinfo over socketpair at p50 is %s,"
                    + " so the gap it reports is not a property of the kernel.",
                    ArticleFigures.KILL_SIGWAIT_LATENCY_MICROS
                    / ArticleFigures.SOCKETPAIR_LATENCY_MICROS, ratios));
        }
    }

    private void bandwidthSentences(List<String> out) {
        double socketBest = 0;
        for (RateRow row : capacity.rates) {
            if (row.channel().equals(Channels.SOCKETPAIR) && row.payloadBytes()
                    == LARGEST_PAYLOAD) {
                socketBest = Math.max(socketBest, row.bytesPerSecond() / 1e6);
            }
        }
        if (socketBest > 0) {
            out.add(String.format(Locale.ROOT, "A socketpair moves %.0f MB/s here in %s"
                    + " messages at its best placement, against the article's %.0f MB/s.",
                    socketBest, size(LARGEST_PAYLOAD),
                    ArticleFigures.SOCKETPAIR_MEGABYTES_PER_SECOND));
        }
        RateRow rt = null;
        for (RateRow row : capacity.rates) {
            if (row.channel().equals(Channels.SIGQUEUE_RT) && row.window() == 256
                    && (rt == null || row.messagesPerSecond() > rt.messagesPerSecond())) {
                rt = row;
            }
        }
        if (rt != null) {
            out.add(String.format(Locale.ROOT, "Signals can carry data, but little: a sigqueue"
                    + " value is 4 bytes, and at %s signals/s (%s) that is %.2f MB/s, so the"
                    + " article's %.0f MB/s over signals would need %s signals/s; a standard"
                    + " signal carries nothing but its number.", count(rt.messagesPerSecond()),
                    rt.placement(), rt.bytesPerSecond() / 1e6,
                    ArticleFigures.KILL_SIGWAIT_MEGABYTES_PER_SECOND,
                    count(ArticleFigures.KILL_SIGWAIT_MEGABYTES_PER_SECOND * 1e6 / 4)));
        }
    }

    private void lossSentences(List<String> out) {
        long standardSent = 0;
        long standardDelivered = 0;
        long keptSent = 0;
        long keptDelivered = 0;
        for (BurstRow row : capacity.burstRows) {
            if (row.held()) {
                continue;
            }
            boolean standard = !row.channel().equals(Channels.SIGQUEUE_RT)
                    && isSignal(row.channel());
            if (standard) {
                standardSent += row.sent();
                standardDelivered += row.delivered();
            } else {
                keptSent += row.sent() - row.refused();
                keptDelivered += row.delivered();
            }
        }
        if (standardSent > 0) {
            out.add(String.format(Locale.ROOT, "Standard signals fired without waiting do get"
                    + " lost: %.1f%% of %d arrived while the receiver was taking them, because"
                    + " a signal sent while the same one is pending merges into it; the article's"
                    + " 2.3%% loss is one sample of a figure that depends on how fast the"
                    + " receiver runs.", 100.0 * standardDelivered / standardSent, standardSent));
        }
        if (keptSent > 0) {
            out.add(String.format(Locale.ROOT, "The descriptor channels and sigqueue-rt"
                    + " delivered %d of the %d messages the kernel accepted.", keptDelivered,
                    keptSent));
        }
        for (BurstRow row : capacity.burstRows) {
            if (row.held() && row.channel().equals(Channels.SIGQUEUE_RT)) {
                out.add(String.format(Locale.ROOT, "A real-time signal is not lost silently"
                        + " either: with the receiver holding them (%s), %d were queued and the"
                        + " kernel refused the rest with EAGAIN from send %d on, at the peer's"
                        + " RLIMIT_SIGPENDING of %d (this host's: %d, counted per user).",
                        row.placement(), row.delivered(), row.firstRefusedAt(),
                        capacity.peerSigpendingLimit, capacity.hostSigpendingLimit));
                break;
            }
        }
    }

    private void pipeSentence(List<String> out) {
        RoundTripFigure pipe = roundTrip(Channels.PIPE, "same-cpu");
        RoundTripFigure socket = roundTrip(Channels.SOCKETPAIR, "same-cpu");
        if (pipe != null && socket != null) {
            boolean pipeCheaper = pipe.row().p50Nanos() < socket.row().p50Nanos();
            out.add(String.format(Locale.ROOT, "Claim C23 (a socketpair costs less than a pipe"
                    + " because a pipe resolves a path) is %s: on one CPU a pipe round trip is"
                    + " %s µs at p50 against the socketpair's %s µs, and pipe(2) resolves no"
                    + " path.", pipeCheaper ? "refuted" : "not refuted by the timing, though its"
                    + " reason is wrong", micros(pipe.row().p50Nanos()),
                    micros(socket.row().p50Nanos())));
        }
    }

    private void roundTripSection(Path folder, StringBuilder md) {
        md.append("### Round trip\n\n");
        if (roundTrips.isEmpty()) {
            md.append("No round-trip result was produced.\n\n");
            return;
        }
        List<LatencyRow> rows = new ArrayList<>();
        for (RoundTripFigure figure : roundTrips) {
            rows.add(figure.row());
        }
        Report.writeFile(folder.resolve(CHART_FILE), LatencyChart.svg(
                "Round trip, parent to child and back", rows));
        md.append("![Round-trip p50 and p99 by channel and placement](").append(CHART_FILE)
                .append(")\n\n");
        md.append("One byte each way, or one signal and its answer by the same way. JMH"
                + " SampleTime, one timed round trip per sample. Each row's full distribution"
                + " is in `round-trip-<channel>-<placement>.hgrm`.");
        md.append(floorRan ? " Floor: the same work in plain C (`floor.c`), run in this job at"
                + " the same placement; ratio: the harness's p50 over the floor's.\n\n"
                : " No native floor was given (`-Dbench.floor`), so there is no ratio"
                + " column.\n\n");
        md.append("| channel | placement | p50 µs | p99 µs | p99.9 µs | max µs | mean µs |"
                + " samples | floor p50 µs | ratio |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> over = new ArrayList<>();
        for (RoundTripFigure figure : roundTrips) {
            LatencyRow row = figure.row();
            double ratio = figure.floorRatio();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %d | %s |"
                    + " %s |%n", row.label(), row.placement(), micros(row.p50Nanos()),
                    micros(row.p99Nanos()), micros(row.p999Nanos()), micros(row.maxNanos()),
                    micros(figure.meanNanos()), row.samples(),
                    figure.floorP50Nanos() == null ? "" : micros(figure.floorP50Nanos()),
                    Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio)));
            if (ratio > RoundTripFigure.FIDELITY_LIMIT) {
                over.add(row.label() + " " + row.placement() + String.format(Locale.ROOT,
                        " (%.2f×, %+.1f µs)", ratio,
                        (row.p50Nanos() - figure.floorP50Nanos()) / 1000));
            }
        }
        md.append('\n');
        if (floorRan) {
            fidelity(over, md);
        }
    }

    private static void fidelity(List<String> over, StringBuilder md) {
        if (over.isEmpty()) {
            md.append("Every round trip with a floor figure is within ")
                    .append(RoundTripFigure.FIDELITY_LIMIT).append("× of it.\n\n");
            return;
        }
        md.append("Above ").append(RoundTripFigure.FIDELITY_LIMIT).append("× the floor: ")
                .append(String.join(", ", over)).append(". Where the time goes, as far as it"
                + " is known: both ends already wait as the floor does, in one blocking call"
                + " with no kernel timer (a watchdog thread bounds the parent's wait instead of"
                + " a timeout, and the peer's lifeline bounds the peer's), so what is left is"
                + " the JVM's share: each of the four or more native calls of a round trip"
                + " crosses into C through jnr-ffi and saves errno, the watchdog costs two"
                + " volatile writes per round trip, JMH reads the clock around every sample,"
                + " and a switch between two JVMs on one CPU touches more memory than a switch"
                + " between two small C processes. That share is about the same number of"
                + " microseconds whatever the channel (the excess is given beside each row), so"
                + " it weighs most where a round trip is shortest, on one CPU; it is not"
                + " fixable without a cheaper way into C than jnr-ffi. Cross-CPU figures on a small VM swing by up to 2× from run to"
                + " run, so a cross-CPU ratio is weak evidence either way; the floor runs after"
                + " the benchmarks, not interleaved with them.\n\n");
    }

    private void throughputSection(StringBuilder md) {
        md.append("### Throughput, one way\n\n");
        md.append("Messages per second sent by the parent, with an acknowledgement from the"
                + " child after every W of them (one byte on its command socket for every"
                + " channel). A standard signal is measured at W = 1 only: sent W times"
                + " unanswered it merges.\n\n");
        md.append("| channel | placement |");
        for (int window : ChannelCapacity.WINDOWS) {
            md.append(" W=").append(window).append(" msgs/s |");
        }
        md.append(" out of order |\n|---|---|");
        for (int ignored : ChannelCapacity.WINDOWS) {
            md.append("---:|");
        }
        md.append("---:|\n");
        for (String channel : Channels.NAMES) {
            for (String placement : PLACEMENTS) {
                if (rate(channel, placement, 1, false) == null) {
                    continue;
                }
                md.append("| ").append(channel).append(" | ").append(placement).append(" |");
                long outOfOrder = 0;
                for (int window : ChannelCapacity.WINDOWS) {
                    RateRow row = rate(channel, placement, window, false);
                    md.append(' ').append(row == null ? "—" : count(row.messagesPerSecond()))
                            .append(" |");
                    outOfOrder += row == null ? 0 : row.outOfOrder();
                }
                md.append(' ').append(isSignalWithValue(channel) ? outOfOrder : "")
                        .append(" |\n");
            }
        }
        md.append('\n');
    }

    private void bandwidthSection(StringBuilder md) {
        md.append("### Bandwidth, one way\n\n");
        md.append("MB/s (10^6 bytes) of payload, an acknowledgement every ")
                .append(ChannelCapacity.BANDWIDTH_WINDOW).append(" messages. A seqpacket"
                + " payload above 64 KiB goes as several records. `sigqueue-rt`: its 4-byte"
                + " value, at each acknowledgement window.\n\n");
        md.append("| channel | placement |");
        for (int payload : ChannelCapacity.PAYLOAD_BYTES) {
            md.append(' ').append(size(payload)).append(" |");
        }
        md.append("\n|---|---|");
        for (int ignored : ChannelCapacity.PAYLOAD_BYTES) {
            md.append("---:|");
        }
        md.append('\n');
        for (String channel : Channels.NAMES) {
            for (String placement : PLACEMENTS) {
                List<String> cells = new ArrayList<>();
                for (int payload : ChannelCapacity.PAYLOAD_BYTES) {
                    RateRow row = rate(channel, placement, ChannelCapacity.BANDWIDTH_WINDOW,
                            true, payload);
                    cells.add(row == null ? "" : megabytes(row.bytesPerSecond()));
                }
                if (String.join("", cells).isEmpty()) {
                    continue;
                }
                md.append("| ").append(channel).append(" | ").append(placement).append(" | ")
                        .append(String.join(" | ", cells)).append(" |\n");
            }
        }
        md.append('\n');
        for (String placement : PLACEMENTS) {
            List<String> cells = new ArrayList<>();
            for (int window : ChannelCapacity.WINDOWS) {
                RateRow row = rate(Channels.SIGQUEUE_RT, placement, window, false);
                if (row != null) {
                    cells.add(String.format(Locale.ROOT, "%s MB/s at W=%d",
                            megabytes(row.bytesPerSecond()), window));
                }
            }
            if (!cells.isEmpty()) {
                md.append("- sigqueue-rt, ").append(placement).append(": ")
                        .append(String.join(", ", cells)).append('\n');
            }
        }
        md.append('\n');
    }

    private void burstSection(StringBuilder md) {
        md.append("### Delivery under burst\n\n");
        md.append("The parent fires messages without waiting. `taking`: the child takes them as"
                + " they come, ").append(ChannelCapacity.BURST_MESSAGES).append(" per burst,"
                + " bursts added up. `held`: the child takes nothing until the parent has"
                + " finished; for `sigqueue-rt` the parent sends past the child's"
                + " RLIMIT_SIGPENDING (lowered to ").append(capacity.peerSigpendingLimit)
                .append(" from this host's ").append(capacity.hostSigpendingLimit).append(","
                + " so the probe cannot exhaust the queue every process of this user"
                + " shares). Byte channels are not held: a full buffer blocks the sender, it"
                + " never drops.\n\n");
        md.append("| channel | placement | receiver | sent | delivered | delivered % |"
                + " refused (EAGAIN) | first refused at | out of order |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (BurstRow row : capacity.burstRows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %s | %d | %s | %s"
                    + " |%n", row.channel(), row.placement(), row.held() ? "held" : "taking",
                    row.sent(), row.delivered(), share(row), row.refused(),
                    row.firstRefusedAt() < 0 ? "" : Long.toString(row.firstRefusedAt()),
                    isSignalWithValue(row.channel()) ? Long.toString(row.outOfOrder()) : ""));
        }
        md.append('\n');
    }

    private RoundTripFigure roundTrip(String channel, String placement) {
        for (RoundTripFigure figure : roundTrips) {
            if (figure.channel().equals(channel) && figure.placement().equals(placement)) {
                return figure;
            }
        }
        return null;
    }

    private RateRow rate(String channel, String placement, int window, boolean payload) {
        return rate(channel, placement, window, payload, -1);
    }

    /** The row at {@code window}: a bandwidth row of {@code payloadBytes} if {@code payload}. */
    private RateRow rate(String channel, String placement, int window, boolean payload,
            int payloadBytes) {
        for (RateRow row : capacity.rates) {
            boolean bandwidth = row.payloadBytes() > 8;
            if (row.channel().equals(channel) && row.placement().equals(placement)
                    && row.window() == window && bandwidth == payload
                    && (!payload || row.payloadBytes() == payloadBytes)) {
                return row;
            }
        }
        return null;
    }

    private BurstRow burst(String channel, String placement, boolean held) {
        for (BurstRow row : capacity.burstRows) {
            if (row.channel().equals(channel) && row.placement().equals(placement)
                    && row.held() == held) {
                return row;
            }
        }
        return null;
    }

    private String megabytesCell(String channel, String placement) {
        if (channel.equals(Channels.SIGQUEUE_RT)) {
            RateRow row = rate(channel, placement, 256, false);
            return row == null ? "" : megabytes(row.bytesPerSecond());
        }
        RateRow row = rate(channel, placement, ChannelCapacity.BANDWIDTH_WINDOW, true,
                LARGEST_PAYLOAD);
        return row == null ? "" : megabytes(row.bytesPerSecond());
    }

    private static boolean isSignal(String channel) {
        return sigbench.linux.peer.ChannelKind.named(channel).isSignal();
    }

    private static boolean isSignalWithValue(String channel) {
        return channel.equals(Channels.SIGQUEUE_RT);
    }

    private static String share(BurstRow row) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * row.deliveredShare());
    }

    private static String micros(double nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1000);
    }

    private static String megabytes(double bytesPerSecond) {
        return String.format(Locale.ROOT, bytesPerSecond >= 10e6 ? "%.0f" : "%.2f",
                bytesPerSecond / 1e6);
    }

    private static String count(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB"
                : bytes >= 1 << 10 ? (bytes >> 10) + " KiB" : bytes + " B";
    }
}
