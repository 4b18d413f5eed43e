package sigbench.bench.channel;

import java.util.List;

/** The channels by the names reports use. */
public final class Channels {

    public static final String SOCKETPAIR = "socketpair";
    public static final String KILL_SIGWAITINFO = "kill-sigwaitinfo";
    public static final List<String> NAMES = List.of(SOCKETPAIR, KILL_SIGWAITINFO);

    private Channels() {
    }

    /** Opens channel {@code name} to a new peer running on {@code peerCpu}. */
    public static Channel open(String name, int peerCpu) {
        return switch (name) {
            case SOCKETPAIR -> new SocketPairChannel(peerCpu);
            case KILL_SIGWAITINFO -> new KillSigwaitinfoChannel(peerCpu);
            default -> throw new IllegalArgumentException(
                    "unknown channel '" + name + "'; known: " + NAMES);
        };
    }
}
