package sigbench.bench.report;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * One SampleTime result, as the report shows it: percentiles in nanoseconds.
 *
 * @param benchmark the benchmark class's simple name
 */
public record LatencyRow(String benchmark, String channel, String placement, double p50Nanos,
        double p99Nanos, double p999Nanos, double maxNanos, long samples) {

    public static LatencyRow of(RunResult result) {
        BenchmarkParams params = result.getParams();
        Statistics statistics = result.getPrimaryResult().getStatistics();
        double nanosPerUnit = TimeUnit.NANOSECONDS.convert(1, params.getTimeUnit());
        String name = params.getBenchmark();
        String className = name.substring(0, name.lastIndexOf('.'));
        return new LatencyRow(className.substring(className.lastIndexOf('.') + 1),
                params.getParam("channel"), params.getParam("placement"),
                statistics.getPercentile(50) * nanosPerUnit,
                statistics.getPercentile(99) * nanosPerUnit,
                statistics.getPercentile(99.9) * nanosPerUnit,
                statistics.getMax() * nanosPerUnit,
                statistics.getN());
    }
}
