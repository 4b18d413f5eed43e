package sigbench.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code report.md} and its picture into a run folder. */
public final class Report {

    static final String CHART_FILE = "round-trip.svg";

    private Report() {
    }

    /**
     * @param missing what was asked for and produced no result, with the reason if known
     * @param claims the conformance verdict table in markdown, or null if there is none
     */
    public static Path write(Path folder, HostFingerprint host, boolean quick,
            List<LatencyRow> rows, List<String> missing, String claims) {
        StringBuilder md = new StringBuilder();
        md.append("# sigbench report ").append(folder.getFileName()).append("\n\n");
        md.append(quick
                ? "A quick run: short iterations, for smoke tests. Read the figures as rough.\n\n"
                : "A full run.\n\n");
        Map<String, Object> f = host.fields();
        md.append(String.format("Taken %s on `%s`: kernel %s, %s, CPUs online %s, JDK %s %s.%n%n",
                f.get("date"), f.get("host"), f.get("kernel"), f.get("cpuModel"),
                f.get("onlineCpus"), f.get("jdkVendor"), f.get("jdkVersion")));
        appendRoundTrip(md, folder, rows);
        if (!missing.isEmpty()) {
            md.append("## Not measured\n\n");
            for (String entry : missing) {
                md.append("- ").append(entry).append('\n');
            }
            md.append('\n');
        }
        md.append("## Host\n\nFrom `host.json`.\n\n| field | value |\n|---|---|\n");
        f.forEach((name, value) -> md.append("| ").append(name).append(" | `").append(value)
                .append("` |\n"));
        md.append("\n## Conformance\n\n");
        md.append(claims == null ? "No conformance verdicts were found for this run.\n"
                : claims);
        Path report = folder.resolve("report.md");
        writeFile(report, md.toString());
        return report;
    }

    private static void appendRoundTrip(StringBuilder md, Path folder, List<LatencyRow> rows) {
        md.append("## Round trip: parent to child and back\n\n");
        md.append("One byte over the channel and one byte back, or one signal and its answer."
                + " `same-cpu`: both processes on the first usable CPU; `cross-cpu`: the"
                + " benchmark thread on the first, the peer on the second; `unpinned`: the"
                + " scheduler decides. JMH SampleTime, one timed round trip per sample.\n\n");
        if (rows.isEmpty()) {
            md.append("No round-trip result was produced.\n\n");
            return;
        }
        writeFile(folder.resolve(CHART_FILE), LatencyChart.svg("Round trip, parent to child"
                + " and back", rows));
        md.append("![Round-trip p50 and p99 by channel and placement](").append(CHART_FILE)
                .append(")\n\n");
        md.append("| channel | placement | p50 µs | p99 µs | p99.9 µs | max µs | samples |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (LatencyRow row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %d |%n",
                    row.channel(), row.placement(), row.p50Nanos() / 1000,
                    row.p99Nanos() / 1000, row.p999Nanos() / 1000, row.maxNanos() / 1000,
                    row.samples()));
        }
        md.append("\nThe article this project started from reports 8.2 µs for a socketpair and"
                + " 147.6 µs for kill()+sigwait, as averages over 1000 loops, with no placement"
                + " stated.\n\n");
    }

    static void writeFile(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }
}
