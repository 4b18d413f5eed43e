package sigbench.bench.exit;

/**
 * One burst: K children released at once, and what the mechanism made of it.
 *
 * @param nanos from the release until the last reap, or until the deadline
 * @param reaped children reaped
 * @param sigchldRead SIGCHLD signals read ({@code signalfd} only)
 * @param zombies children of the parent still zombies after the burst
 * @param cpuNanos CPU time of the whole parent process over the burst
 * @param threadCpuNanos CPU time of the waiting thread over the burst
 */
record BurstSample(String mechanism, int children, long nanos, int reaped, long sigchldRead,
        int zombies, long cpuNanos, long threadCpuNanos) {

    int missed() {
        return children - reaped;
    }

    /** The line the burst peer writes for this burst. */
    String toLine() {
        return String.join(" ", "burst", mechanism, Integer.toString(children),
                Long.toString(nanos), Integer.toString(reaped), Long.toString(sigchldRead),
                Integer.toString(zombies), Long.toString(cpuNanos),
                Long.toString(threadCpuNanos));
    }

    /** Parses what {@link #toLine} wrote. */
    static BurstSample parse(String line) {
        String[] f = line.split(" ");
        if (f.length != 9 || !f[0].equals("burst")) {
            throw new IllegalArgumentException("not a burst line: '" + line + "'");
        }
        return new BurstSample(f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]),
                Integer.parseInt(f[4]), Long.parseLong(f[5]), Integer.parseInt(f[6]),
                Long.parseLong(f[7]), Long.parseLong(f[8]));
    }
}
