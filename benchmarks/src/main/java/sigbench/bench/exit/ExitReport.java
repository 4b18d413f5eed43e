package sigbench.bench.exit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import sigbench.bench.report.Hgrm;
import sigbench.bench.report.LatencyChart;
import sigbench.bench.report.LatencyRow;
import sigbench.bench.report.Report;

/** The child-exit section of the report: tables, charts, .hgrm files, findings, the floor. */
final class ExitReport {

    static final String SIGKILL_CHART = "exit-sigkill.svg";
    static final String OWN_EXIT_CHART = "exit-own.svg";
    /** The harness's p50 should stay within this factor of the native floor's. */
    static final double FIDELITY_GOAL = 1.25;

    private final Path folder;
    private final StringBuilder md;
    private final DetectFloor floor;

    ExitReport(Path folder, StringBuilder md, DetectFloor floor) {
        this.folder = folder;
        this.md = md;
        this.floor = floor;
    }

    /**
     * One latency table, chart and its .hgrm files; {@code againstFloor} adds the floor's p50
     * and the ratio to it, for the SIGKILL rows only: the floor times a kill, not an exit.
     */
    void latency(String title, String what, String chart, String filePrefix,
            List<RunResult> results, boolean againstFloor) {
        DetectFloor floor = againstFloor ? this.floor : null;
        md.append("### ").append(title).append("\n\n").append(what).append("\n\n");
        if (results.isEmpty()) {
            md.append("Not measured in this run.\n\n");
            return;
        }
        List<LatencyRow> rows = new ArrayList<>();
        for (RunResult result : results) {
            LatencyRow row = LatencyRow.of(result, "mechanism");
            rows.add(row);
            Hgrm.write(result, folder.resolve(filePrefix + "-" + row.label() + "-"
                    + row.placement() + ".hgrm"));
        }
        Report.writeFile(folder.resolve(chart), LatencyChart.svg(title, rows));
        md.append("![").append(title).append(", p50 and p99 by mechanism and placement](")
                .append(chart).append(")\n\n");
        md.append("Each row's distribution is in `").append(filePrefix)
                .append("-<mechanism>-<placement>.hgrm`. CPU per exit: the waiting thread's"
                        + " CPU time, and the whole parent process's (the JDK's reaper"
                        + " threads, its compiler and collector included), from the cause of"
                        + " the exit to the reap, divided by the exits reaped.\n\n");
        md.append("| mechanism | placement | p50 µs | p99 µs | p99.9 µs | max µs | samples"
                + " | thread CPU µs/exit | process CPU µs/exit | missed |");
        md.append(floor == null ? "\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                : " floor p50 µs | ratio |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:"
                        + "|---:|---:|\n");
        for (int i = 0; i < rows.size(); i++) {
            LatencyRow row = rows.get(i);
            Counts counts = Counts.of(results.get(i));
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %d |"
                    + " %.1f | %.1f | %d |", row.label(), row.placement(), row.p50Nanos() / 1000,
                    row.p99Nanos() / 1000, row.p999Nanos() / 1000, row.maxNanos() / 1000,
                    row.samples(), counts.threadCpuMicrosPerExit(), counts.cpuMicrosPerExit(),
                    counts.exitsMissed()));
            if (floor != null) {
                Double floorNanos = floor.p50Nanos(row.label(), row.placement());
                md.append(floorNanos == null ? " – | – |" : String.format(Locale.ROOT,
                        " %.1f | %.2f |", floorNanos / 1000, row.p50Nanos() / floorNanos));
            }
            md.append('\n');
        }
        md.append('\n');
        if (floor != null) {
            withinGoal(rows, floor);
        }
        sharedCpu(rows);
    }

    /** Counts the rows whose p50 is within 1.25x of the floor's, and names the others. */
    private void withinGoal(List<LatencyRow> rows, DetectFloor floor) {
        List<String> outside = new ArrayList<>();
        int compared = 0;
        for (LatencyRow row : rows) {
            Double floorNanos = floor.p50Nanos(row.label(), row.placement());
            if (floorNanos != null) {
                compared++;
                if (row.p50Nanos() > FIDELITY_GOAL * floorNanos) {
                    outside.add(row.label() + " " + row.placement());
                }
            }
        }
        md.append(String.format(Locale.ROOT, "**Against the floor**: %d of %d rows have a p50"
                + " within %.2fx of the floor's", compared - outside.size(), compared,
                FIDELITY_GOAL));
        md.append(outside.isEmpty() ? ".\n\n" : "; not within: " + String.join(", ", outside)
                + ". Why is under \"Against the native floor\" below.\n\n");
    }

    /** Says what a busy poll on its child's CPU costs against the same poll unpinned. */
    private void sharedCpu(List<LatencyRow> rows) {
        LatencyRow same = find(rows, Mechanisms.WAITPID_POLL_BUSY, "same-cpu");
        LatencyRow free = find(rows, Mechanisms.WAITPID_POLL_BUSY, "unpinned");
        LatencyRow blocking = find(rows, Mechanisms.WAITPID_BLOCKING, "same-cpu");
        if (same == null || free == null) {
            return;
        }
        md.append(String.format(Locale.ROOT, "**A busy poll on its child's CPU**: p50 %.1f µs"
                + " against %.1f µs unpinned (%.1fx)", same.p50Nanos() / 1000,
                free.p50Nanos() / 1000, same.p50Nanos() / free.p50Nanos()));
        if (blocking != null) {
            md.append(String.format(Locale.ROOT, " and %.1f µs for a blocking waitpid on the"
                    + " same CPU", blocking.p50Nanos() / 1000));
        }
        md.append(". The poller holds the CPU the dying child needs until the scheduler"
                + " preempts it, so it delays the very exit it waits for.\n\n");
    }

    private static LatencyRow find(List<LatencyRow> rows, String mechanism, String placement) {
        for (LatencyRow row : rows) {
            if (row.label().equals(mechanism) && row.placement().equals(placement)) {
                return row;
            }
        }
        return null;
    }

    void bursts(List<BurstRow> rows, List<String> notMeasured) {
        md.append("### K children exit at once\n\n");
        md.append("K children read one lifeline; closing it makes all of them exit 0 at the"
                + " same moment. Time from the close until the mechanism has reaped all K"
                + " (or gave up after " + Detector.REAP_TIMEOUT_MILLIS + " ms), in one peer JVM"
                + " started with SIGCHLD blocked, children unpinned. Reaped and missed are"
                + " summed over the bursts; SIGCHLD read per burst below K shows the signals"
                + " coalescing. Every burst is in `exit-bursts.json`.\n\n");
        for (String note : notMeasured) {
            md.append("- Not measured: ").append(note).append('\n');
        }
        if (!notMeasured.isEmpty()) {
            md.append('\n');
        }
        if (rows.isEmpty()) {
            md.append("No burst was measured in this run.\n\n");
            return;
        }
        md.append("| mechanism | K | bursts | median ms | max ms | reaped | missed | SIGCHLD"
                + " read per burst | zombies left | thread CPU µs/exit | process CPU µs/exit"
                + " |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> findings = new ArrayList<>();
        for (BurstRow row : rows) {
            long expected = (long) row.bursts() * row.children();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %d of %d | %d"
                    + " | %.1f | %d | %.1f | %.1f |%n", row.mechanism(), row.children(),
                    row.bursts(), row.medianNanos() / 1e6, row.maxNanos() / 1e6, row.reaped(),
                    expected, row.missed(), (double) row.sigchldRead() / row.bursts(),
                    row.zombies(), row.threadCpuMicrosPerExit(), row.cpuMicrosPerExit()));
            if (row.missed() > 0 || row.reaped() < expected) {
                findings.add(row.mechanism() + " reaped " + row.reaped() + " of " + expected
                        + " exits at K=" + row.children());
            }
            if (row.zombies() > 0) {
                findings.add(row.mechanism() + " left " + row.zombies() + " zombies at K="
                        + row.children());
            }
        }
        md.append('\n');
        md.append(findings.isEmpty()
                ? "Every mechanism reaped every child of every burst and left no zombie.\n\n"
                : "**Findings**: " + String.join("; ", findings) + ".\n\n");
    }

    void unmasked(List<RunResult> results) {
        md.append("### signalfd in a JVM that did not start with SIGCHLD blocked\n\n");
        if (results.isEmpty()) {
            md.append("Not measured in this run.\n\n");
            return;
        }
        Counts counts = Counts.of(results.get(0));
        long exits = counts.exitsReaped();
        md.append(String.format(Locale.ROOT, "A peer JVM started with no signal blocked blocks"
                + " SIGCHLD in its worker thread only, opens a signalfd for it, and kills and"
                + " reaps its own children one at a time. **Its signalfd missed %d of %d exits"
                + " (%.1f%%)**: the kernel handed SIGCHLD to another thread of the JVM, which"
                + " does not block it, and its default action discarded it. An exit counts as"
                + " seen if the signalfd became readable within %d ms of the SIGKILL. The"
                + " `signalfd` rows above ran in forks that started with SIGCHLD blocked in"
                + " every thread.%n%n", counts.exitsMissed(), exits,
                exits == 0 ? Double.NaN : 100.0 * counts.exitsMissed() / exits,
                sigbench.linux.peer.UnmaskedSigchldPeer.SEEN_TIMEOUT_MILLIS));
    }

    void floorNotes(String floorProblem) {
        md.append("### Against the native floor\n\n");
        if (floor == null) {
            md.append(floorProblem != null ? "The native floor could not run: " + floorProblem
                    : "No native floor was given (`-Dbench.floor=<path>` or `SIGBENCH_FLOOR`),"
                    + " so the tables have no ratio column.");
            md.append(" The floor is `floor detect` from shared/reference/floor.c.\n\n");
        }
        md.append("The ratio compares the SIGKILL rows with `floor detect`, taken in the same"
                + " job; the goal is a p50 within 1.25x. These differences of the floor itself"
                + " explain most of any gap, whatever this host's figures:\n\n"
                + "- The floor kills its child 200 µs after posix_spawn returns, while `sleep`"
                + " is still starting, with few pages mapped. The harness kills a child that"
                + " has finished starting and waits in read(2) on its lifeline, as a live child"
                + " does; its exit unmaps a whole process. That costs more in the kernel, for"
                + " every mechanism alike.\n"
                + "- The floor's `cross` pins the parent to CPU 0 before it spawns, and the child"
                + " inherits that CPU: its `cross` figures are same-CPU figures. The harness"
                + " runs the child on the other CPU.\n"
                + "- The floor has no 100 µs poll and no JDK: those rows have no ratio.\n\n");
    }
}
