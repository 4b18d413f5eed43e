package sigbench.bench.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.openjdk.jmh.results.RunResult;

/**
 * An HdrHistogram percentile file ({@code .hgrm}) made from a SampleTime result's samples, in
 * microseconds, so the distribution can be plotted with HdrHistogram's tools.
 */
public final class Hgrm {

    private static final int SIGNIFICANT_DIGITS = 3;
    private static final double NANOS_PER_MICRO = 1000.0;

    private Hgrm() {
    }

    /** The histogram of {@code result}'s samples, recorded in nanoseconds. */
    public static Histogram histogramNanos(RunResult result) {
        double nanosPerUnit = TimeUnit.NANOSECONDS.convert(1, result.getParams().getTimeUnit());
        Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
        Iterator<Map.Entry<Double, Long>> samples =
                result.getPrimaryResult().getStatistics().getRawData();
        while (samples.hasNext()) {
            Map.Entry<Double, Long> sample = samples.next();
            histogram.recordValueWithCount(Math.max(1, Math.round(sample.getKey()
                    * nanosPerUnit)), sample.getValue());
        }
        return histogram;
    }

    /** Writes {@code result}'s percentile distribution to {@code file}, values in µs. */
    public static void write(RunResult result, Path file) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
            histogramNanos(result).outputPercentileDistribution(out, NANOS_PER_MICRO);
        }
        Report.writeFile(file, text.toString(StandardCharsets.UTF_8));
    }
}
