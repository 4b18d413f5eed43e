package sigbench.linux.peer;

import java.util.ArrayList;
import java.util.List;

import sigbench.linux.ChannelDescriptors;
import sigbench.linux.Descriptors;
import sigbench.linux.Peer;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * The control channels a parent and its child can use, by the names reports use. Each kind
 * knows the descriptors it needs, the signal it uses, and how to build the {@link Link} at
 * either end, so the parent and the {@link ChannelPeer} agree by construction.
 */
public enum ChannelKind {

    /** AF_UNIX SOCK_STREAM socketpair, both directions on one descriptor. */
    SOCKETPAIR("socketpair"),
    /** AF_UNIX SOCK_SEQPACKET socketpair: records, both directions on one descriptor. */
    SEQPACKET("seqpacket"),
    /** Two pipes, one each way. */
    PIPE("pipe"),
    /** Two eventfd counters, one each way; a message adds 1. */
    EVENTFD("eventfd"),
    /** SIGUSR1 by kill(2), taken with sigtimedwait(2). */
    KILL_SIGWAITINFO("kill-sigwaitinfo"),
    /** SIGUSR1 by kill(2), taken by reading a signalfd(2). */
    KILL_SIGNALFD("kill-signalfd"),
    /** SIGRTMIN by sigqueue(3), its value the message's sequence number; sigtimedwait. */
    SIGQUEUE_RT("sigqueue-rt"),
    /** SIGUSR1 by tgkill(2) to the one thread that takes it; sigtimedwait. */
    TGKILL("tgkill"),
    /** SIGUSR1 by pidfd_send_signal(2); sigtimedwait. */
    PIDFD_SIGNAL("pidfd-signal");

    private final String reportName;

    ChannelKind(String reportName) {
        this.reportName = reportName;
    }

    /** The stable name of this channel in parameters and reports. */
    public String reportName() {
        return reportName;
    }

    public static ChannelKind named(String name) {
        for (ChannelKind kind : values()) {
            if (kind.reportName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + name + "'; known: " + names());
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ChannelKind kind : values()) {
            names.add(kind.reportName);
        }
        return names;
    }

    /** Whether messages are signals rather than bytes on a descriptor. */
    public boolean isSignal() {
        return signal() != 0;
    }

    /** Whether a message can carry a payload of any size (the byte channels). */
    public boolean carriesPayload() {
        return this == SOCKETPAIR || this == SEQPACKET || this == PIPE;
    }

    /**
     * Whether messages sent while earlier ones are still unread all arrive. A standard signal
     * does not: while one is pending, more of the same number merge into it.
     */
    public boolean keepsEveryMessage() {
        return !isSignal() || this == SIGQUEUE_RT;
    }

    /** The signal this channel uses, 0 for a descriptor channel. */
    public int signal() {
        return switch (this) {
            case SOCKETPAIR, SEQPACKET, PIPE, EVENTFD -> 0;
            case SIGQUEUE_RT -> Signals.SIGRTMIN;
            default -> Signals.SIGUSR1;
        };
    }

    /** The signals both ends must block in every thread: the peer is spawned with them. */
    public SignalSet mask() {
        return isSignal() ? SignalSet.of(signal()) : SignalSet.EMPTY;
    }

    /**
     * Makes the descriptors of a new channel: {@code [0]} the parent's ends, {@code [1]} the
     * ends to hand the peer, in the order {@link #peerLink} expects them.
     */
    public int[][] makeDescriptors() {
        return switch (this) {
            case SOCKETPAIR -> split(Descriptors.socketPair());
            case SEQPACKET -> split(ChannelDescriptors.seqpacketPair());
            case PIPE -> {
                int[] there = Descriptors.pipe();
                int[] back = Descriptors.pipe();
                yield new int[][] {{there[1], back[0]}, {there[0], back[1]}};
            }
            case EVENTFD -> {
                int there = ChannelDescriptors.eventfd();
                int back = ChannelDescriptors.eventfd();
                yield new int[][] {{there, back}, {there, back}};
            }
            default -> new int[][] {{}, {}};
        };
    }

    private static int[][] split(int[] pair) {
        return new int[][] {{pair[0]}, {pair[1]}};
    }

    /**
     * The parent's end, sending to {@code peer} and taking its answers. A socket end keeps its
     * receive timeout, so even a take with {@link Link#FOREVER} on it ends after
     * {@link Link#TIMEOUT_MILLIS}; the other ends rely on the caller to bound such a take.
     */
    public Link parentLink(int[] parentFds, Peer peer) {
        return switch (this) {
            case SOCKETPAIR, SEQPACKET -> FdLink.socket(parentFds[0], this == SEQPACKET);
            case PIPE -> FdLink.pipes(parentFds[0], parentFds[1]);
            case EVENTFD -> new EventfdLink(parentFds[0], parentFds[1]);
            default -> SignalLink.of(this, peer.pid(), peer.workerTid());
        };
    }

    /**
     * The peer's end, with the descriptors it was handed from {@link Peer#FIRST_PASSED_FD}. Its
     * takes may wait without limit ({@link Link#FOREVER}): the peer's lifeline ends it.
     */
    Link peerLink(int parentPid, int parentTid) {
        int first = Peer.FIRST_PASSED_FD;
        return switch (this) {
            case SOCKETPAIR, SEQPACKET -> FdLink.untimedSocket(first, this == SEQPACKET);
            case PIPE -> FdLink.pipes(first + 1, first);
            case EVENTFD -> new EventfdLink(first + 1, first);
            default -> SignalLink.of(this, parentPid, parentTid);
        };
    }
}
