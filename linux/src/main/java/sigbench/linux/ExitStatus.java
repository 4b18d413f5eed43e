package sigbench.linux;

/**
 * How a child ended, decoded from a wait status.
 *
 * @param exitCode the code passed to exit, or -1 if a signal ended the child
 * @param signal the signal that ended the child, or 0 if it exited
 */
public record ExitStatus(int exitCode, int signal) {

    static ExitStatus decode(int status) {
        int terminatingSignal = status & 0x7f;
        return terminatingSignal == 0
                ? new ExitStatus((status >> 8) & 0xff, 0)
                : new ExitStatus(-1, terminatingSignal);
    }

    public boolean signaled() {
        return signal != 0;
    }

    @Override
    public String toString() {
        return signaled() ? "killed by " + Signals.name(signal) : "exit code " + exitCode;
    }
}
