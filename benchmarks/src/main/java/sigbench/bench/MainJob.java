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
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            System.err.println("sigbench: " + e.getMessage());
            System.exit(BAD_INPUT);
        }
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

        Instant start = Instant.now();
        HostFingerprint host = HostFingerprint.take(start);
        Path folder = RunFolder.create(Path.of(System.getProperty("bench.results", "results")),
                start, host.host());
        Report.writeFile(folder.resolve("host.json"), host.toJson());
        System.out.println("sigbench: writing results to " + folder);

        List<String> expected = plan.expectedKeys();
        Collection<RunResult> results = expected.isEmpty() ? List.of()
                : runBenchmarks(folder, quick, classes, selection);
        Set<String> measured = new HashSet<>();
        for (RunResult result : results) {
            measured.add(BenchmarkPlan.key(result.getParams()));
        }
        int failed = 0;
        for (String key : expected) {
            if (!measured.contains(key)) {
                missing.add(key + ": the benchmark failed; JMH's output above says why");
                failed++;
            }
        }
        Path report = Report.write(folder, host, quick, bySuite(results), missing,
                copyConformance(folder));
        System.out.println("sigbench: " + results.size() + " results, " + missing.size()
                + " not measured; report: " + report);
        return failed > 0 || results.isEmpty() ? 1 : 0;
    }

    private static List<Class<?>> chosenClasses(String include) {
        Pattern pattern = Pattern.compile(include);
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
            options.warmupIterations(2).warmupTime(TimeValue.milliseconds(300))
                    .measurementIterations(3).measurementTime(TimeValue.milliseconds(500));
        }
        try {
            return new Runner(MaskedForks.apply(options.build())).run();
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

    /** Copies the conformance verdicts, if that run left them; returns the claims table. */
    private static String copyConformance(Path folder) {
        Path source = Path.of(System.getProperty("bench.conformance", "conformance/target"));
        String claims = null;
        try {
            Path json = source.resolve("conformance.json");
            if (Files.isRegularFile(json)) {
                Files.copy(json, folder.resolve("conformance.json"));
            }
            Path table = source.resolve("claims.md");
            if (Files.isRegularFile(table)) {
                claims = Files.readString(table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("copying conformance verdicts from " + source, e);
        }
        return claims;
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
