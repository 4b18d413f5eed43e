package sigbench.bench.exit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import sigbench.bench.BenchmarkPlan;
import sigbench.bench.FloorProgram;
import sigbench.bench.Placement;
import sigbench.bench.Suite;
import sigbench.bench.report.Json;
import sigbench.bench.report.Report;

/**
 * How soon, and at what CPU cost, a parent learns that a child died, and whether any way of
 * learning it loses exits. Reads {@code bench.floor} (or {@code SIGBENCH_FLOOR}) for the native
 * floor's {@code detect} figures.
 */
public final class ChildExitSuite implements Suite {

    static final List<String> CHILD_COUNTS = List.of("1", "64", "1024");

    @Override
    public List<Class<?>> benchmarks() {
        return List.of(SigkillLatencyBenchmark.class, OwnExitLatencyBenchmark.class,
                UnmaskedSignalfdBenchmark.class, ExitBursts.class);
    }

    @Override
    public void report(Path folder, List<RunResult> results, StringBuilder md) {
        boolean burstsChosen = Pattern.compile(System.getProperty("bench.include", ""))
                .matcher(ExitBursts.class.getName()).find();
        if (results.isEmpty() && !burstsChosen) {
            return;
        }
        List<RunResult> killed = new ArrayList<>();
        List<RunResult> ownExit = new ArrayList<>();
        List<RunResult> unmasked = new ArrayList<>();
        Set<String> placements = new LinkedHashSet<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            if (name.endsWith(".sigkillToReaped")) {
                killed.add(result);
                placements.add(result.getParams().getParam("placement"));
            } else if (name.endsWith(".ownExitToReaped")) {
                ownExit.add(result);
            } else if (name.startsWith(UnmaskedSignalfdBenchmark.class.getName())) {
                unmasked.add(result);
            }
        }

        DetectFloor floor = null;
        String floorProblem = null;
        String program = FloorProgram.path();
        if (program != null && !killed.isEmpty()) {
            try {
                System.out.println("sigbench: running the native floor " + program + " detect");
                floor = DetectFloor.run(program, available(placements));
            } catch (RuntimeException e) {
                floorProblem = e.getMessage();
            }
        }

        md.append("## Child exit detection\n\n");
        md.append("How soon, and at what CPU cost, does a parent learn that its child died, and"
                + " does any mechanism lose exits? Mechanisms: `waitpid-blocking` (a thread"
                + " blocked in waitpid, as the JDK's reaper does), `waitpid-poll-busy`,"
                + " `waitpid-poll-100us`, `waitpid-poll-1ms` (WNOHANG loops), `signalfd`"
                + " (SIGCHLD from a signalfd in a JVM whose every thread blocks it, then a"
                + " WNOHANG reap loop), `pidfd` (pidfd_open and poll), `jdk-onexit`"
                + " (ProcessBuilder and Process.onExit()). The child is `dd` reading one byte"
                + " from a lifeline pipe, spawned natively except for `jdk-onexit`. Placement"
                + " as for round trips: `same-cpu` puts parent thread and child on the first"
                + " usable CPU, `cross-cpu` the child on the second, `unpinned` leaves both to"
                + " the scheduler.\n\n");
        ExitReport report = new ExitReport(folder, md, floor);
        report.latency("SIGKILL to reaped", "From SIGKILL, sent through the child's pidfd"
                + " (`jdk-onexit`: Process.destroyForcibly()), until the parent has reaped the"
                + " child. JMH SampleTime, one child per sample.", ExitReport.SIGKILL_CHART,
                "exit-sigkill", killed, true);
        report.latency("Own exit to reaped", "From the one-byte command after which the child"
                + " exits by itself, until the parent has reaped it.",
                ExitReport.OWN_EXIT_CHART, "exit-own", ownExit, false);
        if (burstsChosen) {
            ExitBursts bursts = measureBursts();
            Report.writeFile(folder.resolve("exit-bursts.json"), Json.write(burstsJson(bursts)));
            report.bursts(BurstRow.of(bursts.samples), bursts.notMeasured);
        }
        report.unmasked(unmasked);
        report.floorNotes(floorProblem);
    }

    private static List<String> available(Set<String> placements) {
        List<String> here = new ArrayList<>();
        for (String placement : placements) {
            if (Placement.parse(placement).unavailableReason() == null) {
                here.add(placement);
            }
        }
        return here;
    }

    /** Runs the bursts of the mechanisms the selection names, as many as the profile asks. */
    private static ExitBursts measureBursts() {
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
        List<String> mechanisms = BenchmarkPlan.parseSelection(System.getProperty("bench.params", ""))
                .getOrDefault("mechanism", Mechanisms.NAMES);
        System.out.println("sigbench: bursts of K=" + CHILD_COUNTS + " children exiting at"
                + " once, " + mechanisms.size() + " mechanisms");
        return quick ? ExitBursts.measure(mechanisms, CHILD_COUNTS, 0, 2)
                : ExitBursts.measure(mechanisms, CHILD_COUNTS, 1, 5);
    }

    private static List<Object> burstsJson(ExitBursts bursts) {
        List<Object> json = new ArrayList<>();
        for (BurstSample sample : bursts.samples) {
            Map<String, Object> burst = new LinkedHashMap<>();
            burst.put("mechanism", sample.mechanism());
            burst.put("children", sample.children());
            burst.put("nanos", sample.nanos());
            burst.put("reaped", sample.reaped());
            burst.put("missed", sample.missed());
            burst.put("sigchldRead", sample.sigchldRead());
            burst.put("zombiesLeft", sample.zombies());
            burst.put("cpuNanos", sample.cpuNanos());
            burst.put("threadCpuNanos", sample.threadCpuNanos());
            json.add(burst);
        }
        for (String note : bursts.notMeasured) {
            json.add(Map.of("notMeasured", note));
        }
        return json;
    }
}
