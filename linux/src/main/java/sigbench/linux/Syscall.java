package sigbench.linux;

/**
 * Numbers of the system calls that glibc does not wrap on every supported release. Only
 * x86_64 and aarch64 are known; another architecture fails at class initialisation with the
 * architecture's name rather than calling the wrong system call.
 */
final class Syscall {

    static final long GETTID;
    static final long TGKILL;
    static final long PTRACE;
    /** exit_group, as a tracer sees its number. */
    static final long EXIT_GROUP;
    static final long PIDFD_OPEN;
    static final long PIDFD_SEND_SIGNAL;

    static {
        String arch = System.getProperty("os.arch");
        switch (arch) {
            case "amd64", "x86_64" -> {
                GETTID = 186;
                TGKILL = 234;
                PTRACE = 101;
                EXIT_GROUP = 231;
            }
            case "aarch64" -> {
                GETTID = 178;
                TGKILL = 131;
                PTRACE = 117;
                EXIT_GROUP = 94;
            }
            default -> throw new UnsupportedOperationException(
                    "system call numbers are not known for architecture " + arch);
        }
        // The pidfd calls came after the tables were unified: the same on every architecture.
        PIDFD_OPEN = 434;
        PIDFD_SEND_SIGNAL = 424;
    }

    private Syscall() {
    }
}
