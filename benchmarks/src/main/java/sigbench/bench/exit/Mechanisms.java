package sigbench.bench.exit;

import java.util.List;

/** The exit-detection mechanisms by the stable names reports use. */
public final class Mechanisms {

    public static final String WAITPID_BLOCKING = "waitpid-blocking";
    public static final String WAITPID_POLL_BUSY = "waitpid-poll-busy";
    public static final String WAITPID_POLL_100US = "waitpid-poll-100us";
    public static final String WAITPID_POLL_1MS = "waitpid-poll-1ms";
    public static final String SIGNALFD = "signalfd";
    public static final String PIDFD = "pidfd";
    public static final String JDK_ONEXIT = "jdk-onexit";

    public static final List<String> NAMES = List.of(WAITPID_BLOCKING, WAITPID_POLL_BUSY,
            WAITPID_POLL_100US, WAITPID_POLL_1MS, SIGNALFD, PIDFD, JDK_ONEXIT);

    private Mechanisms() {
    }

    /** Opens detector {@code name}; refuses an unknown name with the known ones. */
    static Detector open(String name) {
        return switch (name) {
            case WAITPID_BLOCKING -> new BlockingWaitpid();
            case WAITPID_POLL_BUSY -> new WnohangPoll(0);
            case WAITPID_POLL_100US -> new WnohangPoll(100_000);
            case WAITPID_POLL_1MS -> new WnohangPoll(1_000_000);
            case SIGNALFD -> new SignalfdReap();
            case PIDFD -> new PidfdPoll();
            case JDK_ONEXIT -> new JdkOnExit();
            default -> throw new IllegalArgumentException("unknown mechanism '" + name
                    + "'; known: " + NAMES);
        };
    }
}
