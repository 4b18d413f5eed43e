package sigbench.bench.report;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * One SampleTime result, as a report shows it: percentiles in nanoseconds.
 *
 * @param label what was measured, such as the channel or the mechanism
 * @param placement the value of the benchmark's {@code placement} parameter
 */
public record LatencyRow(String label, String placement, double p50Nanos, double p99Nanos,
        double p999Nanos, double maxNanos, long samples) {

    /** The row for {@code result}, labelled by its {@code labelParam} parameter. */
    public static LatencyRow of(RunResult result, String labelParam) {
        BenchmarkParams params = result.getParams();
        Statistics statistics = result.getPrimaryResult().getStatistics();
        double nanosPerUnit = TimeUnit.NANOSECONDS.convert(1, params.getTimeUnit());
        return new LatencyRow(params.getParam(labelParam), params.getParam("placement"),
                statistics.getPercentile(50) * nanosPerUnit,
                statistics.getPercentile(99) * nanosPerUnit,
                statistics.getPercentile(99.9) * nanosPerUnit,
                statistics.getMax() * nanosPerUnit,
                statistics.getN());
    }
}
