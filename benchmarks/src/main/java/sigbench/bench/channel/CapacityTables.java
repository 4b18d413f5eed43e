package sigbench.bench.channel;

import static sigbench.bench.channel.ChannelFigures.PLACEMENTS;
import static sigbench.bench.channel.ChannelFigures.count;
import static sigbench.bench.channel.ChannelFigures.isSignalWithValue;
import static sigbench.bench.channel.ChannelFigures.megabytes;
import static sigbench.bench.channel.ChannelFigures.share;
import static sigbench.bench.channel.ChannelFigures.size;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report's tables of throughput, bandwidth and delivery under burst. */
final class CapacityTables {

    private final ChannelFigures figures;
    private final ChannelCapacity capacity;

    CapacityTables(ChannelFigures figures) {
        this.figures = figures;
        this.capacity = figures.capacity;
    }

    void throughputSection(StringBuilder md) {
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
                if (figures.rate(channel, placement, 1, false) == null) {
                    continue;
                }
                md.append("| ").append(channel).append(" | ").append(placement).append(" |");
                long outOfOrder = 0;
                for (int window : ChannelCapacity.WINDOWS) {
                    RateRow row = figures.rate(channel, placement, window, false);
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

    void bandwidthSection(StringBuilder md) {
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
                    RateRow row = figures.rate(channel, placement, ChannelCapacity.BANDWIDTH_WINDOW,
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
                RateRow row = figures.rate(Channels.SIGQUEUE_RT, placement, window, false);
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

    void burstSection(StringBuilder md) {
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

}
