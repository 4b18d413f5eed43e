package sigbench.bench.exit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bursts of one mechanism and K, summed and summarised. */
record BurstRow(String mechanism, int children, int bursts, double medianNanos,
        double maxNanos, long reaped, long missed, long sigchldRead, long zombies,
        long cpuNanos, long threadCpuNanos) {

    /** One row per mechanism and K, in the order the samples came. */
    static List<BurstRow> of(List<BurstSample> samples) {
        Map<String, List<BurstSample>> groups = new LinkedHashMap<>();
        for (BurstSample sample : samples) {
            groups.computeIfAbsent(sample.mechanism() + " " + sample.children(),
                    key -> new ArrayList<>()).add(sample);
        }
        List<BurstRow> rows = new ArrayList<>();
        for (List<BurstSample> group : groups.values()) {
            long[] nanos = group.stream().mapToLong(BurstSample::nanos).sorted().toArray();
            int n = nanos.length;
            double median = n % 2 == 1 ? nanos[n / 2] : (nanos[n / 2 - 1] + nanos[n / 2]) / 2.0;
            rows.add(new BurstRow(group.get(0).mechanism(), group.get(0).children(), n, median,
                    nanos[n - 1],
                    group.stream().mapToLong(BurstSample::reaped).sum(),
                    group.stream().mapToLong(BurstSample::missed).sum(),
                    group.stream().mapToLong(BurstSample::sigchldRead).sum(),
                    group.stream().mapToLong(BurstSample::zombies).sum(),
                    group.stream().mapToLong(BurstSample::cpuNanos).sum(),
                    group.stream().mapToLong(BurstSample::threadCpuNanos).sum()));
        }
        return rows;
    }

    double cpuMicrosPerExit() {
        return reaped == 0 ? Double.NaN : cpuNanos / 1000.0 / reaped;
    }

    double threadCpuMicrosPerExit() {
        return reaped == 0 ? Double.NaN : threadCpuNanos / 1000.0 / reaped;
    }
}
