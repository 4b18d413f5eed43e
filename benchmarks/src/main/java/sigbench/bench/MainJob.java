package sigbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import sigbench.bench.report.HostFingerprint;
import sigbench.bench.report.Report;
import sigbench.bench.report.RunFolder;
import sigbench.linux.ParentWatch;

/**
 * The main job, {@code mvn verify -Pbench}: runs every suite's benchmarks and writes a new
 * results folder with {@code jmh.json}, {@code host.json}, {@code report.md} and its pictures.
 *
 * <p>System properties: {@code bench.results} (where run folders go, default {@code results}),
 * {@code bench.quick} ({@code true} for short iterations), {@code bench.include} (a regular
 * expression over benchmark class names), {@code bench.params} (a selection such as
 * {@code "channel=socketpair placement=same-cpu,unpinned"}), {@code bench.conformance} (the
 * folder holding the conformance run's {@code claims.md} and {@code conformance.json}).
 */
public final class MainJob {

    /** Exit status for input the job refuses before running anything. */
    private static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        try {
            System.exit(run());
        } catch (IllegalArgumentException e) {
            System.err.println("sigbench: " + e.getMessage());
            System.exit(BAD_INPUT);
        } catch (RuntimeException e) {
            System.err.println("sigbench: " + causes(e));
            System.exit(1);
        }
    }

    /** The messages of {@code error} and of its causes, for a one-line error. */
    private static String causes(Throwable error) {
        StringBuilder line = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            line.append(line.length() == 0 ? "" : ": ").append(cause.getMessage() != null
                    ? cause.getMessage() : cause.getClass().getSimpleName());
        }
        return line.toString();
    }

    private static int run() {
        // Started by Maven: when Maven goes, this run and everything under it must go too.
        ParentWatch.start();
        boolean quick = booleanProperty("bench.quick");
        List<Class<?>> classes = chosenClasses(System.getProperty("bench.include", ""));
        Map<String, List<String>> selection =
                BenchmarkPlan.parseSelection(System.getProperty("bench.params", ""));
        BenchmarkPlan plan = new BenchmarkPlan(classes, selection);
        List<String> missing = new ArrayList<>();
        if (plan.parameters().contains("placement")) {
            List<String> asked = plan.values("placement");
            List<String> here = placementsHere(asked, missing);
            // JMH applies -p to every class: pass placements only when they narrow the
            // declared ones, or a class that declares fewer would run them all.
            if (selection.containsKey("placement") || here.size() < asked.size()) {
                selection.put("placement", here);
                plan = new BenchmarkPlan(classes, selection);
            }
        }

        Path results = resultsFolder();
        Instant start = Instant.now();
        HostFingerprint host = HostFingerprint.take(start);
        Path folder = RunFolder.create(results, start, host.host());
        Report.writeFile(folder.resolve("host.json"), host.toJson());
        System.out.println("sigbench: writing results to " + folder);

        List<String> expected = plan.expectedKeys();
        int failed = 0;
        Collection<RunResult> measuredRuns = List.of();
        try {
            measuredRuns = runBenchmarks(folder, quick, classes, selection);
        } catch (RuntimeException e) {
            missing.add("every benchmark: JMH did not run them: " + causes(e));
        }
        Set<String> measured = new HashSet<>();
        for (RunResult result : measuredRuns) {
            measured.add(BenchmarkPlan.key(result.getParams()));
            String shortfall = iterationShortfall(result);
            if (shortfall != null) {
                missing.add(BenchmarkPlan.key(result.getParams()) + ": " + shortfall);
                failed++;
            }
        }
        for (String key : expected) {
            if (!measured.contains(key)) {
                missing.add(key + ": the benchmark failed; JMH's output above says why");
                failed++;
            }
        }
        String claims = copyConformance(folder, missing);
        Path report = Report.write(folder, host, quick, bySuite(measuredRuns), missing, claims);
        System.out.println("sigbench: " + measuredRuns.size() + " results, " + missing.size()
                + " not measured; report: " + report);
        return failed > 0 || measuredRuns.isEmpty() ? 1 : 0;
    }

    /**
     * Says how many measurement iterations a result lacks, or null if it has them all. JMH keeps
     * the iterations that completed when a later one fails: such a result is published, and
     * marked as incomplete.
     */
    private static String iterationShortfall(RunResult result) {
        int expected = result.getParams().getMeasurement().getCount()
                * Math.max(1, result.getParams().getForks());
        int completed = 0;
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            completed += fork.getIterationResults().size();
        }
        return completed < expected ? "only " + completed + " of " + expected
                + " measurement iterations completed; JMH's output above says why" : null;
    }

    /**
     * {@code bench.results}, resolved against {@code bench.base} (Maven's top folder) when it
     * is relative, so a relative results folder means the same from every module.
     */
    private static Path resultsFolder() {
        String results = System.getProperty("bench.results", "results").trim();
        if (results.isEmpty()) {
            throw new IllegalArgumentException("bench.results is empty: name a folder");
        }
        Path base = Path.of(System.getProperty("bench.base", ""));
        return base.resolve(results).toAbsolutePath().normalize();
    }

    private static List<Class<?>> chosenClasses(String include) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(include);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bench.include '" + include + "' is not a"
                    + " regular expression: " + e.getDescription());
        }
        List<Class<?>> classes = new ArrayList<>();
        for (Suite suite : Suites.ALL) {
            for (Class<?> type : suite.benchmarks()) {
                if (pattern.matcher(type.getName()).find()) {
                    classes.add(type);
                }
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("bench.include '" + include + "' matches no"
                    + " benchmark class");
        }
        return classes;
    }

    /** The placements this host can give; the others go to {@code missing} with the reason. */
    private static List<String> placementsHere(List<String> asked, List<String> missing) {
        List<String> here = new ArrayList<>();
        for (String name : asked) {
            String reason = Placement.parse(name).unavailableReason();
            if (reason == null) {
                here.add(name);
            } else {
                missing.add("every benchmark with placement " + name + ": " + reason);
            }
        }
        return here;
    }

    private static Collection<RunResult> runBenchmarks(Path folder, boolean quick,
            List<Class<?>> classes, Map<String, List<String>> selection) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .resultFormat(ResultFormatType.JSON)
                .result(folder.resolve("jmh.json").toString())
                .shouldFailOnError(false);
        for (Class<?> type : classes) {
            options.include("^" + Pattern.quote(type.getName()) + "\\.");
        }
        selection.forEach((name, values) -> options.param(name, values.toArray(new String[0])));
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(300))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(300));
        }
        try {
            return new Runner(MaskedForks.apply(options.build(), launcherFolder())).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
    }

    private static Map<Suite, List<RunResult>> bySuite(Collection<RunResult> results) {
        Map<Suite, List<RunResult>> bySuite = new LinkedHashMap<>();
        for (Suite suite : Suites.ALL) {
            List<RunResult> own = new ArrayList<>();
            for (RunResult result : results) {
                String benchmark = result.getParams().getBenchmark();
                for (Class<?> type : suite.benchmarks()) {
                    if (benchmark.startsWith(type.getName() + ".")) {
                        own.add(result);
                    }
                }
            }
            bySuite.put(suite, own);
        }
        return bySuite;
    }

    /**
     * Copies the conformance verdicts into the run folder if the conformance suite wrote them
     * in this build, and returns their table; otherwise says why there is none. A failure to
     * copy is recorded in {@code missing}: it must not cost the measured results their report.
     */
    private static String copyConformance(Path folder, List<String> missing) {
        Path source = Path.of(System.getProperty("bench.conformance", "conformance/target"));
        Path json = source.resolve("conformance.json");
        Path table = source.resolve("claims.md");
        try {
            if (!Files.isRegularFile(json) || !Files.isRegularFile(table)) {
                return "The conformance suite left no verdicts in " + source + ".\n";
            }
            String buildStart = System.getProperty("bench.buildStart", "");
            if (!buildStart.isEmpty() && Files.getLastModifiedTime(json).toInstant()
                    .isBefore(Instant.parse(buildStart).minusSeconds(1))) {
                return "The conformance suite did not run in this build (its verdicts in "
                        + source + " are older), so none are shown.\n";
            }
            Files.copy(json, folder.resolve("conformance.json"));
            return Files.readString(table);
        } catch (IOException | RuntimeException e) {
            missing.add("conformance verdicts: not copied from " + source + ": " + causes(e));
            return null;
        }
    }

    /** Where the fork launcher is kept: {@code bench.work}, the build folder. */
    private static Path launcherFolder() {
        return Path.of(System.getProperty("bench.work", System.getProperty("java.io.tmpdir")));
    }

    private static boolean booleanProperty(String name) {
        String value = System.getProperty(name, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(name + " must be true or false, not '" + value
                    + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private MainJob() {
    }
}
