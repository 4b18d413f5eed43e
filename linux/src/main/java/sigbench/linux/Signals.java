package sigbench.linux;

import jnr.ffi.Pointer;

/**
 * Checked signal calls. Signals go only to a positive process id: a pid of 0 or -1 (a group,
 * or every process the user owns) is refused before the call is made.
 */
public final class Signals {

    public static final int SIGHUP = 1;
    public static final int SIGINT = 2;
    public static final int SIGQUIT = 3;
    public static final int SIGTRAP = 5;
    public static final int SIGKILL = 9;
    public static final int SIGUSR1 = 10;
    public static final int SIGUSR2 = 12;
    public static final int SIGPIPE = 13;
    public static final int SIGTERM = 15;
    public static final int SIGCHLD = 17;
    public static final int SIGSTOP = 19;

    /** The first real-time signal applications may use (glibc keeps two below it). */
    public static final int SIGRTMIN = Native.LIBC.__libc_current_sigrtmin();
    public static final int SIGRTMAX = Native.LIBC.__libc_current_sigrtmax();

    static final int SIG_BLOCK = 0;
    static final int SIG_UNBLOCK = 1;
    static final int SIG_SETMASK = 2;

    private static final String[] NAMES = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL",
        "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2",
        "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP",
        "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH",
        "SIGIO", "SIGPWR", "SIGSYS"};

    private Signals() {
    }

    /** {@code SIGUSR1}, {@code SIGRTMIN+2}, or the number for a signal glibc reserves. */
    public static String name(int signal) {
        if (signal > 0 && signal < NAMES.length) {
            return NAMES[signal];
        }
        if (signal >= SIGRTMIN && signal <= SIGRTMAX) {
            return signal == SIGRTMIN ? "SIGRTMIN" : "SIGRTMIN+" + (signal - SIGRTMIN);
        }
        return "signal " + signal;
    }

    /** Blocks {@code signals} in the calling thread; returns the thread's previous mask. */
    public static SignalSet blockInThisThread(SignalSet signals) {
        return changeThreadMask(SIG_BLOCK, signals, "SIG_BLOCK");
    }

    /** Replaces the calling thread's mask; returns the previous one. */
    public static SignalSet setThreadMask(SignalSet mask) {
        return changeThreadMask(SIG_SETMASK, mask, "SIG_SETMASK");
    }

    public static SignalSet threadMask() {
        Pointer old = Native.allocate(SignalSet.NATIVE_BYTES);
        Native.checkReturnedError(Native.LIBC.pthread_sigmask(SIG_BLOCK, null, old),
                "pthread_sigmask(query)");
        return SignalSet.fromNative(old);
    }

    private static SignalSet changeThreadMask(int how, SignalSet set, String howName) {
        Pointer old = Native.allocate(SignalSet.NATIVE_BYTES);
        Native.checkReturnedError(Native.LIBC.pthread_sigmask(how, set.toNative(), old),
                "pthread_sigmask(" + howName + ", " + set + ")");
        return SignalSet.fromNative(old);
    }

    /** kill(2) to one process. */
    public static void kill(int pid, int signal) {
        requireOneProcess(pid);
        Native.check(Native.POSIX.kill(pid, signal),
                "kill(pid=" + pid + ", " + name(signal) + ")");
    }

    /** sigqueue(3): a signal with an integer value. */
    public static void sigqueue(int pid, int signal, int value) {
        requireOneProcess(pid);
        Native.check(Native.LIBC.sigqueue(pid, signal, value),
                "sigqueue(pid=" + pid + ", " + name(signal) + ", value=" + value + ")");
    }

    /** tgkill(2): a signal to one thread of one process. */
    public static void tgkill(int pid, int tid, int signal) {
        requireOneProcess(pid);
        requireOneProcess(tid);
        Native.check(Native.LIBC.syscall(Syscall.TGKILL, pid, tid, signal, 0),
                "tgkill(pid=" + pid + ", tid=" + tid + ", " + name(signal) + ")");
    }

    /**
     * Takes one pending signal of {@code set}, waiting at most {@code timeoutMillis}. The signals
     * must be blocked in the calling thread. Returns null on timeout; an interruption by another
     * signal is retried with the time left.
     */
    public static SignalInfo take(SignalSet set, long timeoutMillis) {
        SignalTaker taker = new SignalTaker(set);
        return taker.take(timeoutMillis) ? taker.last() : null;
    }

    static void requireOneProcess(int pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException(
                    "refusing to signal pid " + pid + ": only one positive process id is allowed");
        }
    }
}
