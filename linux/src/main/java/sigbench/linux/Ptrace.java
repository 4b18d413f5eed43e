package sigbench.linux;

import java.util.ArrayList;
import java.util.List;

import jnr.ffi.Pointer;

/**
 * Traces the system calls of a child with ptrace(2), from one thread: the kernel takes
 * requests only from the thread that attached. Each stop is read with
 * PTRACE_GET_SYSCALL_INFO, which names the syscall on entry, the same way on every
 * architecture.
 */
public final class Ptrace {

    static final int PTRACE_SYSCALL = 24;
    static final int PTRACE_SEIZE = 0x4206;
    static final int PTRACE_INTERRUPT = 0x4207;
    static final int PTRACE_GET_SYSCALL_INFO = 0x420e;
    static final int PTRACE_O_TRACESYSGOOD = 1;
    static final int SYSCALL_INFO_ENTRY = 1;
    static final int SYSCALL_INFO_EXIT = 2;
    static final int SYSCALL_INFO_BYTES = 88;
    private static final int WNOHANG = 1;
    private static final int WALL = 0x40000000;
    private static final long POLL_MILLIS = 1;

    /** The number of exit_group(2) on this architecture. */
    public static final long EXIT_GROUP = Syscall.EXIT_GROUP;

    /**
     * One syscall stop.
     *
     * @param entry true for the stop before the call, false for the one after it
     * @param number the syscall number, known on entry only (-1 on exit)
     * @param argumentOrResult the first argument on entry, the return value on exit
     */
    public record Stop(boolean entry, long number, long argumentOrResult) {
    }

    /** What a trace saw: every syscall stop in order, and how the child ended. */
    public record Trace(List<Stop> stops, ExitStatus exit) {
    }

    private Ptrace() {
    }

    /**
     * Attaches to {@code child}, stops it, then runs {@code whileStopped} (to let the child go
     * on, for instance by closing its input) and follows it from syscall stop to syscall stop
     * until it ends, at most {@code timeoutMillis}. The child is reaped here.
     */
    public static Trace untilExit(ChildProcess child, Runnable whileStopped,
            long timeoutMillis) throws InterruptedException {
        int pid = child.pid();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        request(PTRACE_SEIZE, pid, 0, PTRACE_O_TRACESYSGOOD, "PTRACE_SEIZE, TRACESYSGOOD");
        request(PTRACE_INTERRUPT, pid, 0, 0, "PTRACE_INTERRUPT");
        awaitStop(pid, deadline);
        whileStopped.run();
        List<Stop> stops = new ArrayList<>();
        Pointer info = Native.allocate(SYSCALL_INFO_BYTES);
        while (true) {
            request(PTRACE_SYSCALL, pid, 0, 0, "PTRACE_SYSCALL");
            int status = awaitStop(pid, deadline);
            if ((status & 0x7f) != 0x7f) {
                ExitStatus exit = ExitStatus.decode(status);
                child.reaped(exit);
                return new Trace(stops, exit);
            }
            boolean syscallStop = ((status >> 8) & 0xff) == (Signals.SIGTRAP | 0x80);
            if (syscallStop) {
                request(PTRACE_GET_SYSCALL_INFO, pid, SYSCALL_INFO_BYTES, info.address(),
                        "PTRACE_GET_SYSCALL_INFO");
                // struct ptrace_syscall_info: op at 0; on entry nr at 24 and args from 32,
                // on exit the return value at 24.
                boolean entry = info.getByte(0) == SYSCALL_INFO_ENTRY;
                stops.add(entry ? new Stop(true, info.getLong(24), info.getLong(32))
                        : new Stop(false, -1, info.getLong(24)));
            }
        }
    }

    /** Waits for the next stop or the end of {@code pid}; returns the wait status. */
    private static int awaitStop(int pid, long deadline) throws InterruptedException {
        int[] status = new int[1];
        while (true) {
            int reaped = Native.check(Native.POSIX.waitpid(pid, status, WNOHANG | WALL),
                    "waitpid(pid=" + pid + ", WNOHANG|__WALL)");
            if (reaped == pid) {
                return status[0];
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("traced child " + pid + " did not stop in time");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static void request(int request, int pid, long address, long data, String name) {
        Native.check(Native.LIBC.syscall(Syscall.PTRACE, request, pid, address, data),
                "ptrace(" + name + ", pid=" + pid + ")");
    }
}
