package sigbench.bench.channel;

import java.util.List;

import sigbench.linux.peer.ChannelKind;

/** The channels by the names reports use; constants so that {@code @Param} can name them. */
public final class Channels {

    public static final String SOCKETPAIR = "socketpair";
    public static final String SEQPACKET = "seqpacket";
    public static final String PIPE = "pipe";
    public static final String EVENTFD = "eventfd";
    public static final String KILL_SIGWAITINFO = "kill-sigwaitinfo";
    public static final String KILL_SIGNALFD = "kill-signalfd";
    public static final String SIGQUEUE_RT = "sigqueue-rt";
    public static final String TGKILL = "tgkill";
    public static final String PIDFD_SIGNAL = "pidfd-signal";
    public static final List<String> NAMES = ChannelKind.names();

    private Channels() {
    }

    /** Opens channel {@code name} to a new peer running on {@code peerCpu}, echoing. */
    public static Channel open(String name, int peerCpu) {
        ChannelSession session = ChannelSession.start(ChannelKind.named(name), peerCpu, -1);
        session.startEcho();
        return session;
    }
}
