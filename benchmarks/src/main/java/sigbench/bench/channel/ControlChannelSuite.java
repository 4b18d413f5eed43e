package sigbench.bench.channel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import sigbench.bench.Suite;
import sigbench.bench.report.Hgrm;
import sigbench.bench.report.LatencyChart;
import sigbench.bench.report.LatencyRow;
import sigbench.bench.report.Report;

/** What a control channel between a parent and its child costs, signals against descriptors. */
public final class ControlChannelSuite implements Suite {

    static final String CHART_FILE = "round-trip.svg";

    @Override
    public List<Class<?>> benchmarks() {
        return List.of(RoundTripBenchmark.class);
    }

    @Override
    public void report(Path folder, List<RunResult> results, StringBuilder md) {
        md.append("## Round trip: parent to child and back\n\n");
        md.append("One byte over the channel and one byte back, or one signal and its answer."
                + " `same-cpu`: both processes on the first usable CPU; `cross-cpu`: the"
                + " benchmark thread on the first, the peer on the second; `unpinned`: the"
                + " scheduler decides. JMH SampleTime, one timed round trip per sample.\n\n");
        List<LatencyRow> rows = new ArrayList<>();
        for (RunResult result : results) {
            LatencyRow row = LatencyRow.of(result, "channel");
            rows.add(row);
            Hgrm.write(result, folder.resolve("round-trip-" + row.label() + "-"
                    + row.placement() + ".hgrm"));
        }
        if (rows.isEmpty()) {
            md.append("No round-trip result was produced.\n\n");
            return;
        }
        Report.writeFile(folder.resolve(CHART_FILE), LatencyChart.svg(
                "Round trip, parent to child and back", rows));
        md.append("![Round-trip p50 and p99 by channel and placement](").append(CHART_FILE)
                .append(")\n\n");
        md.append("Each row's full distribution is in `round-trip-<channel>-<placement>.hgrm`.\n\n");
        md.append("| channel | placement | p50 µs | p99 µs | p99.9 µs | max µs | samples |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (LatencyRow row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %d |%n",
                    row.label(), row.placement(), row.p50Nanos() / 1000,
                    row.p99Nanos() / 1000, row.p999Nanos() / 1000, row.maxNanos() / 1000,
                    row.samples()));
        }
        md.append("\nThe article this project started from reports 8.2 µs for a socketpair and"
                + " 147.6 µs for kill()+sigwait, as averages over 1000 loops, with no placement"
                + " stated.\n\n");
    }
}
