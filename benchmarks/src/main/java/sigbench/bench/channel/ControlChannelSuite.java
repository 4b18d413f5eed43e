package sigbench.bench.channel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import sigbench.bench.BenchmarkPlan;
import sigbench.bench.FloorProgram;
import sigbench.bench.Placement;
import sigbench.bench.Suite;
import sigbench.bench.report.Hgrm;
import sigbench.bench.report.Json;
import sigbench.bench.report.Report;

/**
 * What a control channel between a parent and its child costs, signals against descriptors,
 * and when signals lose messages. Round trips are JMH's ({@link RoundTripBenchmark}); rates
 * and bursts are counted while this section is written ({@link ChannelCapacity}), in the main
 * job's JVM; the native floor runs too when {@code -Dbench.floor} names it.
 *
 * <p>Properties read here as the main job reads them: {@code bench.quick}, {@code bench.include}
 * (the rates and bursts run when it matches {@code ChannelCapacity}'s class name),
 * {@code bench.params} (channel and placement narrow the rates and bursts too) and
 * {@code bench.floor} (or the environment variable {@code SIGBENCH_FLOOR}, for runs under Maven).
 */
public final class ControlChannelSuite implements Suite {

    @Override
    public List<Class<?>> benchmarks() {
        return List.of(RoundTripBenchmark.class, ChannelCapacity.class);
    }

    @Override
    public void report(Path folder, List<RunResult> results, StringBuilder md) {
        Map<String, List<String>> selection = BenchmarkPlan.parseSelection(System.getProperty("bench.params", ""));
        List<String> channels = selection.getOrDefault("channel", Channels.NAMES);
        List<String> placements = selection.getOrDefault("placement",
                List.of("same-cpu", "cross-cpu", "unpinned"));
        boolean capacityChosen = Pattern.compile(System.getProperty("bench.include", ""))
                .matcher(ChannelCapacity.class.getName()).find();
        if (results.isEmpty() && !capacityChosen) {
            return;
        }

        List<String> notes = new ArrayList<>();
        NativeFloor floor = floor(placements, notes);
        List<RoundTripFigure> roundTrips = new ArrayList<>();
        for (RunResult result : results) {
            RoundTripFigure figure = RoundTripFigure.of(result, floor);
            roundTrips.add(figure);
            Hgrm.write(result, folder.resolve("round-trip-" + figure.channel() + "-"
                    + figure.placement() + ".hgrm"));
        }
        ChannelCapacity capacity = new ChannelCapacity(
                Boolean.parseBoolean(System.getProperty("bench.quick", "false")));
        if (capacityChosen) {
            System.out.println("sigbench: counting rates and bursts of " + channels + " at "
                    + placements);
            capacity.measure(channels, placements);
            Report.writeFile(folder.resolve("capacity.json"), Json.write(capacityJson(capacity)));
        }
        notes.addAll(capacity.notMeasured);
        new ChannelReport(roundTrips, capacity, capacityChosen, floor != null, notes)
                .write(folder, md);
    }

    private static NativeFloor floor(List<String> placements, List<String> notes) {
        String program = FloorProgram.path();
        if (program == null) {
            return null;
        }
        List<String> here = new ArrayList<>();
        for (String placement : placements) {
            if (Placement.parse(placement).unavailableReason() == null) {
                here.add(placement);
            }
        }
        try {
            System.out.println("sigbench: running the native floor " + program);
            return NativeFloor.run(program, here);
        } catch (RuntimeException e) {
            notes.add("the native floor: " + e.getMessage());
            return null;
        }
    }

    private static Map<String, Object> capacityJson(ChannelCapacity capacity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hostSigpendingLimit", capacity.hostSigpendingLimit);
        json.put("peerSigpendingLimit", capacity.peerSigpendingLimit);
        json.put("rates", capacity.rates.stream().map(RateRow::toJson).toList());
        json.put("bursts", capacity.burstRows.stream().map(BurstRow::toJson).toList());
        json.put("notMeasured", capacity.notMeasured);
        return json;
    }
}
