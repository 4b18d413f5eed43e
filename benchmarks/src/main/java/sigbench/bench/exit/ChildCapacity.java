package sigbench.bench.exit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this host can hold {@code count} more processes at once: pid_max and the process
 * limit (RLIMIT_NPROC) against the tasks that exist now, and the open-file limit against the
 * descriptors the children cost this JVM (a pidfd each, two for {@code pidfd}).
 */
final class ChildCapacity {

    /** Room left for the JVMs and whatever else starts meanwhile. */
    private static final int MARGIN = 256;

    private ChildCapacity() {
    }

    /** Null if {@code count} children fit, else the reason they do not. */
    static String shortfall(int count) {
        long tasks = tasksNow();
        long pidMax = Long.parseLong(firstLine(Path.of("/proc/sys/kernel/pid_max")));
        if (tasks + count + MARGIN > pidMax) {
            return count + " children do not fit under pid_max " + pidMax + " with " + tasks
                    + " tasks running";
        }
        long processes = softLimit("Max processes");
        if (processes >= 0 && tasks + count + MARGIN > processes) {
            return count + " children do not fit under RLIMIT_NPROC " + processes + " with "
                    + tasks + " tasks running";
        }
        long files = softLimit("Max open files");
        if (files >= 0 && 2L * count + MARGIN > files) {
            return count + " children need " + (2L * count) + " descriptors; RLIMIT_NOFILE is "
                    + files;
        }
        return null;
    }

    /** Every task of the system, threads included, as /proc/loadavg counts them. */
    private static long tasksNow() {
        String[] fields = firstLine(Path.of("/proc/loadavg")).split("\\s+");
        return Long.parseLong(fields[3].substring(fields[3].indexOf('/') + 1));
    }

    /** The soft limit named {@code name} in /proc/self/limits, -1 if unlimited. */
    private static long softLimit(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith(name)) {
                    String soft = line.substring(26).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? -1 : Long.parseLong(soft);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading /proc/self/limits: " + e, e);
        }
        throw new IllegalStateException("/proc/self/limits has no line '" + name + "'");
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0).trim();
        } catch (IOException e) {
            throw new IllegalStateException("reading " + file + ": " + e, e);
        }
    }
}
