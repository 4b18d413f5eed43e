package sigbench.conformance.verdict;

/**
 * The article's claims, paraphrased as the project's claims list states them. A test settles
 * one with {@link Settles} and a {@link Finding}.
 */
public enum Claim {

    C01("A child started by fork+exec inherits the parent's signal mask."),
    C02("A child also inherits the parent's installed handlers."),
    C03("Repeated SIGUSR1 can be lost because a queue fills up or SA_RESTART is missing."),
    C04("Ignoring SIGPIPE from one goroutine/thread affects only that thread."),
    C05("Children of a SIGKILLed parent are re-parented to PID 1 unless a subreaper is set."),
    C06("A parent that never waits leaves its exited children as zombies."),
    C07("With PR_SET_CHILD_SUBREAPER, orphaned descendants come to the subreaper."),
    C08("fork copies the signal mask and execve leaves it unchanged."),
    C09("Under SIG_DFL, SIGCHLD is not generated at all."),
    C10("The kernel notifies the parent of a child's exit whatever the parent's SIGCHLD "
            + "disposition."),
    C11("A process with no SIGUSR1 handler is terminated by SIGUSR1 and its exit code is 129."),
    C12("A process that ignores SIGUSR1 drops it silently."),
    C13("A write to a pipe with no reader returns EPIPE (32) when SIGPIPE does not kill "
            + "the writer."),
    C14("After the parent is SIGKILLed, the child's PPid becomes 1."),
    C15("Standard signals coalesce: N sends while pending yield one delivery."),
    C16("Real-time signals sent with sigqueue are all queued, each with its value."),
    C17("Waiting for an already reaped child fails with ECHILD (\"no child processes\")."),
    C18("A child that exits without closing an inherited pipe write end makes the "
            + "parent's write raise SIGPIPE, because the kernel releases the descriptor late."),
    C19("signalfd delivers only signals that are blocked; in a multi-threaded process "
            + "they must be blocked in every thread."),
    C20("socketpair(AF_UNIX, SOCK_STREAM) yields two connected full-duplex descriptors "
            + "without bind/connect."),
    C21("Measured: socketpair 8.2 µs average latency, 1120 MB/s, 0% loss; kill()+sigwait "
            + "147.6 µs, 68 MB/s, 2.3% loss (1 MB, 1000 loops)."),
    C22("Signals cannot carry data and are lost when sent quickly."),
    C23("socketpair costs less than pipe(2) because a pipe resolves a filesystem path."),
    C24("The 4th space-separated field of `/proc/<pid>/stat` is the parent PID."),
    C25("cgroup v2 `pids.current` counts the processes of the cgroup."),
    C26("exit_group can be seen through ptrace: syscall 231 on x86_64, status in the "
            + "first argument, two stops per syscall.");

    private final String text;

    Claim(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
