package sigbench.linux;

import java.util.ArrayList;
import java.util.List;

import jnr.ffi.Pointer;

/** CPU placement of the calling thread. */
public final class Affinity {

    /** Room for 1024 CPUs, as glibc's {@code cpu_set_t}. */
    private static final int CPU_SET_BYTES = 128;

    private Affinity() {
    }

    /** Runs the calling thread on {@code cpu} only. */
    public static void pinThisThread(int cpu) {
        Pointer set = Native.allocate(CPU_SET_BYTES);
        set.putLong((cpu / 64) * 8L, 1L << (cpu % 64));
        Native.check(Native.LIBC.sched_setaffinity(0, CPU_SET_BYTES, set),
                "sched_setaffinity(this thread, cpu=" + cpu + ")");
    }

    /** Lets the calling thread run on every CPU the process was allowed at start. */
    public static void unpinThisThread() {
        Pointer set = Native.allocate(CPU_SET_BYTES);
        for (int cpu : processCpus()) {
            long offset = (cpu / 64) * 8L;
            set.putLong(offset, set.getLong(offset) | 1L << (cpu % 64));
        }
        Native.check(Native.LIBC.sched_setaffinity(0, CPU_SET_BYTES, set),
                "sched_setaffinity(this thread, cpus=" + processCpus() + ")");
    }

    /** The CPUs the main thread of this process may run on. */
    public static List<Integer> processCpus() {
        return cpusOf(Native.pid());
    }

    private static List<Integer> cpusOf(int tid) {
        Pointer set = Native.allocate(CPU_SET_BYTES);
        Native.check(Native.LIBC.sched_getaffinity(tid, CPU_SET_BYTES, set),
                "sched_getaffinity(tid=" + tid + ")");
        List<Integer> cpus = new ArrayList<>();
        for (int cpu = 0; cpu < CPU_SET_BYTES * 8; cpu++) {
            if ((set.getLong((cpu / 64) * 8L) & 1L << (cpu % 64)) != 0) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }
}
