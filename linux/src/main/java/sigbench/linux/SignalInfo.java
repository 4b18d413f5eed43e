package sigbench.linux;

/**
 * What {@code sigtimedwait} or a signalfd read tells about one delivered signal.
 *
 * @param signal the signal number
 * @param code {@code si_code}: {@link #SI_USER} for kill, {@link #SI_QUEUE} for sigqueue,
 *     {@link #SI_TKILL} for tgkill, a CLD_ value for SIGCHLD
 * @param senderPid the sending process, or the child for SIGCHLD
 * @param value the {@code sigval} integer of a queued signal, or the exit status for SIGCHLD
 */
public record SignalInfo(int signal, int code, int senderPid, int value) {

    public static final int SI_USER = 0;
    public static final int SI_QUEUE = -1;
    public static final int SI_TKILL = -6;

    @Override
    public String toString() {
        return Signals.name(signal) + "(code=" + code + ", pid=" + senderPid + ", value="
                + value + ")";
    }
}
