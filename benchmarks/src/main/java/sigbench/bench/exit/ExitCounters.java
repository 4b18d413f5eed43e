package sigbench.bench.exit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What an exit benchmark counts besides time, summed over the measurement iterations. JMH
 * reports each public field as a secondary result of that name.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ExitCounters {

    /** Children whose end the mechanism detected and reaped. */
    public long exitsReaped;
    /** Children it had not reaped when the measurement's deadline passed. */
    public long exitsMissed;
    /**
     * CPU time of the whole parent process from the cause of the exits to the last reap: the
     * waiting thread, any helper such as the JDK's reaper threads, and whatever else the JVM
     * ran meanwhile (its compiler threads, its collector).
     */
    public long cpuNanos;
    /** CPU time of the waiting thread alone over the same span. */
    public long threadCpuNanos;
    /** SIGCHLD signals read; fewer than the exits means they coalesced. */
    public long sigchldRead;
    /** Children of the parent left as zombies after the measurement. */
    public long zombiesLeft;

}
