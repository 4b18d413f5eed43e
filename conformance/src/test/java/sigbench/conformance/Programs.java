package sigbench.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

import sigbench.linux.ProcStatus;
import sigbench.linux.Spawn;

/** Small programs of the host that tests start, and a bounded wait for one to be running. */
final class Programs {

    /** Long enough for any test, short enough that a leak would end by itself. */
    static final String SLEEP_SECONDS = "60";
    static final long EXEC_TIMEOUT_MILLIS = 10_000;
    /** nanosleep and clock_nanosleep, by their numbers on x86_64 and on aarch64. */
    private static final Set<String> SLEEP_SYSCALLS = System.getProperty("os.arch")
            .equals("aarch64") ? Set.of("101", "115") : Set.of("35", "230");
    /** Far above the ids of real users; the pid is added so parallel runs do not share one. */
    private static final int LONE_UID_BASE = 1_900_000_000;

    private Programs() {
    }

    /** {@code /bin/sleep}: catches nothing, ignores nothing, blocks nothing by itself. */
    static Spawn sleep() {
        return Spawn.program("/bin/sleep").args(SLEEP_SECONDS);
    }

    /**
     * {@code command} run by a user id no other process has, with RLIMIT_SIGPENDING set to
     * {@code sigpending}. The kernel counts queued signals per user, so the count the target's
     * SigQ shows is this process's alone.
     */
    static Spawn asLoneUser(int sigpending, String... command) {
        String uid = Integer.toString(LONE_UID_BASE + (int) (ProcessHandle.current().pid()
                % 1_000_000));
        return Spawn.program("/usr/bin/prlimit").args("--sigpending=" + sigpending + ":"
                + sigpending, "/usr/bin/setpriv", "--reuid=" + uid, "--regid=" + uid,
                "--clear-groups", "--").args(command);
    }

    static Spawn shell(String script) {
        return Spawn.program("/bin/sh").args("-c", script);
    }

    /**
     * Waits until process {@code pid} runs the program named {@code comm}, for a child that
     * execs through a wrapper (a shell, setpriv, prlimit) before reaching it.
     */
    static void awaitComm(int pid, String comm) throws InterruptedException {
        long deadline = System.nanoTime() + EXEC_TIMEOUT_MILLIS * 1_000_000L;
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = comm(pid);
            if (comm.equals(seen)) {
                return;
            }
            if (ProcStatus.ofProcess(pid).field("State").startsWith("Z")) {
                throw new IllegalStateException("process " + pid + " ended as " + seen
                        + " before it ran " + comm + "; its own error output says why");
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("process " + pid + " did not exec " + comm + " within "
                + EXEC_TIMEOUT_MILLIS + " ms; it runs " + seen);
    }

    /**
     * Waits until the sleep that process {@code pid} runs has started sleeping: before that,
     * its start-up may hold descriptors of its own open, such as locale files.
     */
    static void awaitSleeping(int pid) throws InterruptedException {
        long deadline = System.nanoTime() + EXEC_TIMEOUT_MILLIS * 1_000_000L;
        String call = null;
        while (System.nanoTime() < deadline) {
            call = currentSyscall(pid);
            if (SLEEP_SYSCALLS.contains(call)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("process " + pid + " did not start sleeping within "
                + EXEC_TIMEOUT_MILLIS + " ms; /proc/" + pid + "/syscall begins with " + call);
    }

    /** The number of the system call process {@code pid} is blocked in, as /proc shows it. */
    private static String currentSyscall(int pid) {
        try {
            return Files.readString(Path.of("/proc", Integer.toString(pid), "syscall"))
                    .split(" ", 2)[0].strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String comm(int pid) {
        try {
            return Files.readString(Path.of("/proc", Integer.toString(pid), "comm")).strip();
        } catch (NoSuchFileException gone) {
            return "(ended)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
