package sigbench.bench.exit;

import java.util.Arrays;

import sigbench.linux.ChildProcess;
import sigbench.linux.Descriptors;
import sigbench.linux.ExitStatus;
import sigbench.linux.Reaper;
import sigbench.linux.Signals;
import sigbench.linux.Spawn;

/**
 * Children started natively with posix_spawn, so that only the detector under test waits for
 * them: the JDK's reaper knows nothing of them. They inherit the calling thread's CPU
 * affinity. A detector that reaps one reports it through {@link #reaped}.
 */
final class NativeBrood implements Brood {

    private final ChildProcess[] children;
    private final int[] pids;
    private final int[] sortedPids;
    private final int[] indexOfSorted;
    private final ExitStatus[] exits;
    private final Lifeline lifeline;
    private int reaped;

    private NativeBrood(ChildProcess[] children, int lifeline) {
        this.children = children;
        this.lifeline = new Lifeline(lifeline, children.length);
        this.pids = new int[children.length];
        for (int i = 0; i < children.length; i++) {
            pids[i] = children[i].pid();
        }
        Integer[] order = new Integer[children.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(pids[a], pids[b]));
        this.sortedPids = new int[children.length];
        this.indexOfSorted = new int[children.length];
        for (int i = 0; i < order.length; i++) {
            sortedPids[i] = pids[order[i]];
            indexOfSorted[i] = order[i];
        }
        this.exits = new ExitStatus[children.length];
    }

    /** Starts {@code count} children and waits until each waits on the lifeline. */
    static NativeBrood spawn(int count) {
        int[] pipe = Descriptors.pipe();
        ChildProcess[] children = new ChildProcess[count];
        try {
            Spawn spawn = Spawn.program(ChildCommand.PATH).args(ChildCommand.ARGS)
                    .fd(0, pipe[0]).fd(1, 2).fd(2, 2);
            for (int i = 0; i < count; i++) {
                children[i] = spawn.start();
            }
            Descriptors.close(pipe[0]);
            pipe[0] = -1;
            NativeBrood brood = new NativeBrood(children, pipe[1]);
            for (int pid : brood.pids) {
                ChildCommand.awaitReady(pid, READY_TIMEOUT_MILLIS);
            }
            return brood;
        } catch (RuntimeException e) {
            closeQuietly(pipe[0]);
            closeQuietly(pipe[1]);
            for (ChildProcess child : children) {
                if (child != null) {
                    child.close();
                }
            }
            throw e;
        }
    }

    @Override
    public int size() {
        return children.length;
    }

    @Override
    public int pid(int index) {
        return pids[index];
    }

    /**
     * Records what waitpid returned for {@code pid}. Refuses a pid that is no child of this
     * brood, and one reaped twice: either means the detector reaps what it does not own.
     */
    void reaped(int pid, int status) {
        int sorted = Arrays.binarySearch(sortedPids, pid);
        if (sorted < 0) {
            throw new IllegalStateException("waitpid returned pid " + pid
                    + ", which this measurement did not start");
        }
        int index = indexOfSorted[sorted];
        if (exits[index] != null) {
            throw new IllegalStateException("child " + pid + " was reaped twice");
        }
        exits[index] = Reaper.markReaped(children[index], status);
        reaped++;
    }

    boolean isReaped(int index) {
        return exits[index] != null;
    }

    @Override
    public int reapedCount() {
        return reaped;
    }

    @Override
    public void killAll() {
        for (ChildProcess child : children) {
            child.signal(Signals.SIGKILL);
        }
    }

    /** SIGKILL to every child not reaped yet; for a watchdog thread, so it never throws. */
    void killUnreaped() {
        for (int i = 0; i < children.length; i++) {
            if (exits[i] == null) {
                try {
                    children[i].signal(Signals.SIGKILL);
                } catch (RuntimeException alreadyGone) {
                    // Reaped meanwhile, or ended: nothing left to stop.
                }
            }
        }
    }

    @Override
    public void commandExit() {
        lifeline.commandExit();
    }

    @Override
    public void releaseAll() {
        lifeline.release();
    }

    @Override
    public void requireEnded(boolean killed) {
        for (int i = 0; i < children.length; i++) {
            ExitStatus exit = exits[i];
            if (exit == null) {
                throw new IllegalStateException("child " + pids[i] + " was not reaped");
            }
            boolean expected = killed ? exit.signal() == Signals.SIGKILL
                    : !exit.signaled() && exit.exitCode() == 0;
            if (!expected) {
                throw new IllegalStateException("child " + pids[i] + " ended with " + exit
                        + ", expected " + (killed ? "SIGKILL" : "exit code 0"));
            }
        }
    }

    /** Closes the lifeline, then kills and reaps every child not reaped yet. */
    @Override
    public void close() {
        lifeline.releaseIfOpen();
        RuntimeException first = null;
        for (ChildProcess child : children) {
            try {
                child.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void closeQuietly(int fd) {
        if (fd >= 0) {
            Descriptors.close(fd);
        }
    }
}
