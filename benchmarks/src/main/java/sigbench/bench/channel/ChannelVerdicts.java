package sigbench.bench.channel;

import static sigbench.bench.channel.ChannelFigures.LARGEST_PAYLOAD;
import static sigbench.bench.channel.ChannelFigures.PLACEMENTS;
import static sigbench.bench.channel.ChannelFigures.count;
import static sigbench.bench.channel.ChannelFigures.isSignal;
import static sigbench.bench.channel.ChannelFigures.micros;
import static sigbench.bench.channel.ChannelFigures.size;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What this host confirms or refutes of the article's control-channel claims (C21 to C23), in
 * plain words. Every sentence is computed from the run's figures; a claim the run did not
 * measure gets no sentence.
 */
final class ChannelVerdicts {

    private final ChannelFigures figures;
    private final ChannelCapacity capacity;

    ChannelVerdicts(ChannelFigures figures) {
        this.figures = figures;
        this.capacity = figures.capacity;
    }

    void write(StringBuilder md) {
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
            RoundTripFigure figure = figures.roundTrip(channel, placement);
            if (figure == null) {
                continue;
            }
            double meanMicros = figure.meanNanos() / 1000;
            means.add(micros(figure.meanNanos()) + " µs " + placement);
            if (meanMicros >= claimMicros / 2 && meanMicros <= claimMicros * 2) {
                matched.add(String.format(Locale.ROOT, "%s, where a mean of %s µs stands over"
                        + " a p50 of %s µs", placement, micros(figure.meanNanos()),
                        micros(figure.row().p50Nanos())));
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
        out.add(String.format(Locale.ROOT, "The article's %.1f µs average for %s is %s. Mean"
                + " round trips here: %s.", claimMicros, what, verdict, String.join(", ", means)));
    }

    private void gapSentence(List<String> out) {
        StringBuilder ratios = new StringBuilder();
        for (String placement : PLACEMENTS) {
            RoundTripFigure signal = figures.roundTrip(Channels.KILL_SIGWAITINFO, placement);
            RoundTripFigure socket = figures.roundTrip(Channels.SOCKETPAIR, placement);
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
        RoundTripFigure pipe = figures.roundTrip(Channels.PIPE, "same-cpu");
        RoundTripFigure socket = figures.roundTrip(Channels.SOCKETPAIR, "same-cpu");
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

}
