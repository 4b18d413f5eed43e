package sigbench.bench;

import java.util.List;

import sigbench.linux.Affinity;

/**
 * Where the benchmark thread and the peer run. On a two-CPU VM a round trip costs several times
 * more across CPUs than on one, so every latency figure names its placement.
 */
public enum Placement {

    /** Both on the first usable CPU: a round trip is two context switches. */
    SAME_CPU("same-cpu"),
    /** The benchmark thread on the first usable CPU, the peer on the second. */
    CROSS_CPU("cross-cpu"),
    /** Neither pinned: the scheduler decides. */
    UNPINNED("unpinned");

    /** What the peer is told when it should not pin itself. */
    public static final int NO_CPU = -1;

    private final String paramName;

    Placement(String paramName) {
        this.paramName = paramName;
    }

    /** The name used in {@code @Param} values and in reports. */
    public String paramName() {
        return paramName;
    }

    public static Placement parse(String name) {
        for (Placement placement : values()) {
            if (placement.paramName.equals(name)) {
                return placement;
            }
        }
        throw new IllegalArgumentException("unknown placement '" + name + "'; known: "
                + List.of(SAME_CPU.paramName, CROSS_CPU.paramName, UNPINNED.paramName));
    }

    /** Pins the calling thread as this placement wants the benchmark side; returns the peer's CPU. */
    public int pinThisThread() {
        List<Integer> cpus = Affinity.processCpus();
        if (this == UNPINNED) {
            Affinity.unpinThisThread();
            return NO_CPU;
        }
        if (this == CROSS_CPU && cpus.size() < 2) {
            throw new IllegalStateException("cross-cpu needs two usable CPUs; this process may"
                    + " use only " + cpus);
        }
        Affinity.pinThisThread(cpus.get(0));
        return this == SAME_CPU ? cpus.get(0) : cpus.get(1);
    }

    /** Whether this host can give this placement, and if not, why. */
    public String unavailableReason() {
        int cpus = Affinity.processCpus().size();
        return this == CROSS_CPU && cpus < 2
                ? "cross-cpu needs two usable CPUs; this host offers " + cpus : null;
    }
}
