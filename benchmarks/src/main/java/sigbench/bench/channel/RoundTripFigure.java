package sigbench.bench.channel;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.results.RunResult;
import sigbench.bench.report.LatencyRow;

/**
 * One round-trip result with what the report sets beside it.
 *
 * @param floorP50Nanos the native floor's p50 in the same job and placement, or null
 */
record RoundTripFigure(LatencyRow row, double meanNanos, Double floorP50Nanos) {

    /** Above this ratio to the floor's p50 the report says where the time goes. */
    static final double FIDELITY_LIMIT = 1.25;

    static RoundTripFigure of(RunResult result, NativeFloor floor) {
        LatencyRow row = LatencyRow.of(result, "channel");
        double nanosPerUnit = TimeUnit.NANOSECONDS.convert(1, result.getParams().getTimeUnit());
        Double floorP50 = floor == null ? null : floor.p50Nanos(row.label(), row.placement());
        return new RoundTripFigure(row, result.getPrimaryResult().getScore() * nanosPerUnit,
                floorP50);
    }

    String channel() {
        return row.label();
    }

    String placement() {
        return row.placement();
    }

    /** The harness's p50 over the floor's, or NaN without a floor figure. */
    double floorRatio() {
        return floorP50Nanos == null ? Double.NaN : row.p50Nanos() / floorP50Nanos;
    }
}
