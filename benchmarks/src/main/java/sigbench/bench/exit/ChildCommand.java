package sigbench.bench.exit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The native child every exit benchmark starts: {@code dd} copying one byte from its standard
 * input to /dev/null. It prints nothing, exits 0 after one byte or at end of file, and needs no
 * compiler. It is ready when it sits in read(2) on descriptor 0, as
 * {@code /proc/<pid>/syscall} shows: only then does a measurement of its end start.
 */
final class ChildCommand {

    static final String PATH = Files.isExecutable(Path.of("/usr/bin/dd")) ? "/usr/bin/dd"
            : "/bin/dd";
    static final List<String> ARGS = List.of("bs=1", "count=1", "of=/dev/null", "status=none");

    private static final String BLOCKED_IN_READ_OF_STDIN = "0 0x0 ";
    private static final long RECHECK_NANOS = 20_000;

    private ChildCommand() {
    }

    /** Waits until child {@code pid} is blocked reading its standard input. */
    static void awaitReady(int pid, long timeoutMillis) {
        Path syscall = Path.of("/proc", Integer.toString(pid), "syscall");
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            try {
                if (Files.readString(syscall).startsWith(BLOCKED_IN_READ_OF_STDIN)) {
                    return;
                }
            } catch (NoSuchFileException gone) {
                throw new IllegalStateException("child " + pid + " ended before it was ready");
            } catch (IOException e) {
                throw new IllegalStateException("reading " + syscall + ": " + e, e);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("child " + pid + " did not wait on its lifeline"
                        + " within " + timeoutMillis + " ms");
            }
            LockSupport.parkNanos(RECHECK_NANOS);
        }
    }
}
