package sigbench.bench.exit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import sigbench.linux.Descriptors;

/**
 * Children started with ProcessBuilder, as a Java user starts them, each watched through
 * {@link Process#onExit()}. Their standard input is the shared lifeline, opened by the JDK in
 * this JVM through {@code /proc/self/fd}, which opens the same pipe again; stdout is
 * discarded.
 */
final class JdkBrood implements Brood {

    /** What Process.exitValue() reports for a child killed by SIGKILL: 128 + 9. */
    private static final int KILLED_EXIT_VALUE = 137;
    private static final long CLOSE_TIMEOUT_MILLIS = 10_000;

    private final Process[] processes;
    private final List<CompletableFuture<Process>> exits;
    private final Lifeline lifeline;
    private int reaped;

    private JdkBrood(Process[] processes, List<CompletableFuture<Process>> exits, int lifeline) {
        this.processes = processes;
        this.exits = exits;
        this.lifeline = new Lifeline(lifeline, processes.length);
    }

    /** Starts {@code count} children and waits until each waits on the lifeline. */
    static JdkBrood start(int count) {
        int[] pipe = Descriptors.pipe();
        Process[] processes = new Process[count];
        List<CompletableFuture<Process>> exits = new ArrayList<>();
        List<String> command = new ArrayList<>();
        command.add(ChildCommand.PATH);
        command.addAll(ChildCommand.ARGS);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(Redirect.from(new File("/proc/self/fd/" + pipe[0])))
                .redirectOutput(Redirect.DISCARD)
                .redirectError(Redirect.INHERIT);
        try {
            for (int i = 0; i < count; i++) {
                processes[i] = builder.start();
                exits.add(processes[i].onExit());
            }
            Descriptors.close(pipe[0]);
            pipe[0] = -1;
            for (Process process : processes) {
                ChildCommand.awaitReady((int) process.pid(), READY_TIMEOUT_MILLIS);
            }
            return new JdkBrood(processes, exits, pipe[1]);
        } catch (IOException | RuntimeException e) {
            if (pipe[0] >= 0) {
                Descriptors.close(pipe[0]);
            }
            Descriptors.close(pipe[1]);
            for (Process process : processes) {
                if (process != null) {
                    process.destroyForcibly();
                }
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("starting " + ChildCommand.PATH, io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public int size() {
        return processes.length;
    }

    @Override
    public int pid(int index) {
        return (int) processes[index].pid();
    }

    /**
     * Waits for each child's onExit future in turn, until {@code deadlineNanos}; returns how
     * many completed. The JDK's reaper thread completes a future once its waitpid returned.
     */
    int awaitAll(long deadlineNanos) {
        for (int i = reaped; i < exits.size(); i++) {
            long leftNanos = deadlineNanos - System.nanoTime();
            try {
                exits.get(i).get(Math.max(0, leftNanos), TimeUnit.NANOSECONDS);
            } catch (TimeoutException late) {
                return reaped;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for onExit", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("onExit of " + pid(i) + " failed", e);
            }
            reaped++;
        }
        return reaped;
    }

    @Override
    public int reapedCount() {
        return reaped;
    }

    /** Process.destroyForcibly(): SIGKILL, after the JDK checked the pid is still its child. */
    @Override
    public void killAll() {
        for (Process process : processes) {
            process.destroyForcibly();
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
        for (int i = 0; i < processes.length; i++) {
            if (!exits.get(i).isDone()) {
                throw new IllegalStateException("child " + pid(i) + " was not reaped");
            }
            int value = processes[i].exitValue();
            int expected = killed ? KILLED_EXIT_VALUE : 0;
            if (value != expected) {
                throw new IllegalStateException("child " + pid(i) + " exited with value " + value
                        + ", expected " + expected);
            }
        }
    }

    /** Closes the lifeline, then kills every child not reaped yet and waits for its end. */
    @Override
    public void close() {
        lifeline.releaseIfOpen();
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(CLOSE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("child " + process.pid() + " did not end"
                            + " within " + CLOSE_TIMEOUT_MILLIS + " ms of SIGKILL");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted closing children", e);
            }
        }
    }
}
