package sigbench.bench.channel;

import static sigbench.bench.channel.ChannelFigures.LARGEST_PAYLOAD;
import static sigbench.bench.channel.ChannelFigures.PLACEMENTS;
import static sigbench.bench.channel.ChannelFigures.count;
import static sigbench.bench.channel.ChannelFigures.micros;
import static sigbench.bench.channel.ChannelFigures.share;
import static sigbench.bench.channel.ChannelFigures.size;

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
 * words ({@link ChannelVerdicts}), the round trips against the native floor, then the tables of
 * rates and bursts ({@link CapacityTables}).
 */
final class ChannelReport {

    static final String CHART_FILE = "round-trip.svg";

    private final ChannelFigures figures;
    private final List<RoundTripFigure> roundTrips;
    private final boolean capacityRan;
    private final boolean floorRan;
    private final List<String> notes;

    ChannelReport(List<RoundTripFigure> roundTrips, ChannelCapacity capacity,
            boolean capacityRan, boolean floorRan, List<String> notes) {
        this.figures = new ChannelFigures(roundTrips, capacity);
        this.roundTrips = roundTrips;
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
        new ChannelVerdicts(figures).write(md);
        roundTripSection(folder, md);
        if (capacityRan) {
            CapacityTables tables = new CapacityTables(figures);
            tables.throughputSection(md);
            tables.bandwidthSection(md);
            tables.burstSection(md);
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
                RoundTripFigure rtt = figures.roundTrip(channel, placement);
                RateRow one = figures.rate(channel, placement, 1, false);
                RateRow wide = figures.rate(channel, placement, 256, false);
                BurstRow burst = figures.burst(channel, placement, false);
                if (rtt == null && one == null && burst == null) {
                    continue;
                }
                md.append("| ").append(channel).append(" | ").append(placement).append(" | ")
                        .append(rtt == null ? "" : micros(rtt.row().p50Nanos())).append(" | ")
                        .append(rtt == null ? "" : micros(rtt.meanNanos())).append(" | ")
                        .append(rtt == null ? "" : micros(rtt.row().p999Nanos())).append(" | ")
                        .append(one == null ? "" : count(one.messagesPerSecond())).append(" | ")
                        .append(wide == null ? "—" : count(wide.messagesPerSecond()))
                        .append(" | ").append(figures.megabytesCell(channel, placement))
                        .append(" | ")
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
                + " fixable without a cheaper way into C than jnr-ffi. Cross-CPU figures on a"
                + " small VM swing by up to 2× from run to run, so a cross-CPU ratio is weak"
                + " evidence either way; the floor runs after the benchmarks, not interleaved"
                + " with them.\n\n");
    }
}
