package sigbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import sigbench.bench.channel.Channels;
import sigbench.bench.channel.Placement;
import sigbench.bench.channel.RoundTripBenchmark;
import sigbench.bench.report.HostFingerprint;
import sigbench.bench.report.LatencyRow;
import sigbench.bench.report.Report;
import sigbench.bench.report.RunFolder;
import sigbench.linux.ParentWatch;

/**
 * The main job, {@code mvn verify -Pbench}: runs the benchmarks and writes a new results folder
 * with {@code jmh.json}, {@code host.json}, {@code report.md} and its pictures.
 *
 * <p>System properties: {@code bench.results} (the results folder, default {@code results}),
 * {@code bench.quick} ({@code true} for short iterations), {@code bench.channels} and
 * {@code bench.placements} (comma-separated subsets, default all), {@code bench.conformance}
 * (a folder holding the conformance run's {@code claims.md} and {@code conformance.json}).
 */
public final class MainJob {

    public static void main(String[] args) {
        try {
            System.exit(run());
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            System.err.println("sigbench: " + e.getMessage());
            System.exit(2);
        }
    }

    private static int run() {
        // Started by Maven: when Maven goes, this run and everything under it must go too.
        ParentWatch.start();
        boolean quick = booleanProperty("bench.quick");
        List<String> channels = listProperty("bench.channels", Channels.NAMES);
        List<String> placements = listProperty("bench.placements", placementNames());
        channels.forEach(name -> requireKnown(name, Channels.NAMES, "channel"));
        placements.forEach(Placement::parse);

        Instant start = Instant.now();
        HostFingerprint host = HostFingerprint.take(start);
        Path folder = RunFolder.create(Path.of(System.getProperty("bench.results", "results")),
                start, host.host());
        write(folder.resolve("host.json"), host.toJson());
        System.out.println("sigbench: writing results to " + folder);

        List<String> missing = new ArrayList<>();
        List<String> runnable = new ArrayList<>();
        for (String placement : placements) {
            String reason = Placement.parse(placement).unavailableReason();
            if (reason == null) {
                runnable.add(placement);
            } else {
                missing.add("every channel, " + placement + ": " + reason);
            }
        }
        Collection<RunResult> results = runBenchmarks(folder, quick, channels, runnable);

        List<LatencyRow> rows = new ArrayList<>();
        Set<String> measured = new HashSet<>();
        for (RunResult result : results) {
            LatencyRow row = LatencyRow.of(result);
            rows.add(row);
            measured.add(row.channel() + ", " + row.placement());
        }
        for (String channel : channels) {
            for (String placement : runnable) {
                if (!measured.contains(channel + ", " + placement)) {
                    missing.add(channel + ", " + placement + ": the benchmark failed; JMH's"
                            + " output above says why");
                }
            }
        }
        String claims = copyConformance(folder);
        Path report = Report.write(folder, host, quick, rows, missing, claims);
        System.out.println("sigbench: " + rows.size() + " results, " + missing.size()
                + " not measured; report: " + report);
        return rows.isEmpty() || missing.stream().anyMatch(m -> m.contains("failed")) ? 1 : 0;
    }

    private static Collection<RunResult> runBenchmarks(Path folder, boolean quick,
            List<String> channels, List<String> placements) {
        if (placements.isEmpty()) {
            return List.of();
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(RoundTripBenchmark.class.getName())
                .param("channel", channels.toArray(new String[0]))
                .param("placement", placements.toArray(new String[0]))
                .resultFormat(ResultFormatType.JSON)
                .result(folder.resolve("jmh.json").toString())
                .shouldFailOnError(false);
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

    private static List<String> listProperty(String name, List<String> all) {
        String value = System.getProperty(name, "").trim();
        return value.isEmpty() ? all : List.of(value.split("\\s*,\\s*"));
    }

    private static void requireKnown(String value, List<String> known, String what) {
        if (!known.contains(value)) {
            throw new IllegalArgumentException("unknown " + what + " '" + value + "'; known: "
                    + known);
        }
    }

    private static List<String> placementNames() {
        List<String> names = new ArrayList<>();
        for (Placement placement : Placement.values()) {
            names.add(placement.paramName());
        }
        return names;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private MainJob() {
    }
}
