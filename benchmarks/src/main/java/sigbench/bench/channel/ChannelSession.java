package sigbench.bench.channel;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.NativeCallException;
import sigbench.linux.Peer;
import sigbench.linux.ProcStatus;
import sigbench.linux.SignalSender;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;
import sigbench.linux.peer.ChannelKind;
import sigbench.linux.peer.ChannelPeer;
import sigbench.linux.peer.Link;

/**
 * A {@link ChannelPeer} and this process's end of its channel, plus the command socket that
 * tells the peer what to do and carries its acknowledgements. The thread that starts the
 * session is the one the peer's thread-directed answers name.
 *
 * <p>Why a signal channel checks every thread first: kill(2) makes a signal pending for the
 * whole process, and the kernel hands it to any thread that does not block it. One JVM thread
 * that left SIGUSR1 unblocked would run its default action and end the JVM. So a session whose
 * answers are signals needs a JVM started with them blocked ({@code MaskedForks}).
 */
final class ChannelSession implements Channel {

    private final ChannelKind kind;
    private final Peer peer;
    private final int[] ownFds;
    private final Link link;
    private final int answerTid;
    private final Pointer command = Native.buffer(ChannelPeer.COMMAND_BYTES);
    private final Pointer reply = Native.buffer(8);
    private int sequence;
    private AnswerWatchdog watchdog;

    private ChannelSession(ChannelKind kind, Peer peer, int[] ownFds, int answerTid) {
        this.kind = kind;
        this.peer = peer;
        this.ownFds = ownFds;
        this.answerTid = answerTid;
        this.link = kind.parentLink(ownFds, peer);
        Descriptors.setReceiveTimeout(peer.channelFd(), Link.TIMEOUT_MILLIS);
    }

    /**
     * Starts a peer for {@code kind} on {@code peerCpu} (or unpinned if negative) whose
     * RLIMIT_SIGPENDING soft limit is lowered to {@code sigpendingLimit} unless that is -1.
     */
    static ChannelSession start(ChannelKind kind, int peerCpu, long sigpendingLimit) {
        int[][] fds = kind.makeDescriptors();
        Peer peer;
        try {
            peer = Peer.start(ChannelPeer.class, kind.mask(), fds[1],
                    Integer.toString(peerCpu), kind.reportName(), Integer.toString(Native.pid()),
                    Integer.toString(Native.tid()), Long.toString(sigpendingLimit));
        } catch (RuntimeException e) {
            closeAll(fds[0]);
            throw e;
        } finally {
            closePeerOnly(fds);
        }
        return new ChannelSession(kind, peer, fds[0], Native.tid());
    }

    /** Requires {@code signals} blocked in every thread of this JVM, naming one that is not. */
    static void requireBlockedInEveryThread(SignalSet signals) {
        for (ProcStatus thread : ProcStatus.ofEveryThread(Native.pid())) {
            if (!thread.blocked().containsAll(signals)) {
                throw new IllegalStateException("thread '" + thread.name() + "' of this JVM"
                        + " does not block " + signals + ", so an answer by signal could end"
                        + " the JVM. Start the JVM with them blocked: run the benchmarks"
                        + " through sigbench's launcher (java -jar benchmarks.jar), not JMH's"
                        + " own Main");
            }
        }
    }

    ChannelKind kind() {
        return kind;
    }

    /** The tid of the thread that started this session: where thread-directed answers go. */
    int answerTid() {
        return answerTid;
    }

    /**
     * Tells the peer to answer every message, for the rest of its life, and starts the
     * watchdog that bounds each wait for an answer.
     */
    void startEcho() {
        if (kind.isSignal()) {
            requireBlockedInEveryThread(kind.mask());
        }
        watchdog = new AnswerWatchdog(toString(), Link.TIMEOUT_MILLIS, this::wakeTaker);
        command(ChannelPeer.ECHO, 0, 0, 0);
    }

    @Override
    public void roundTrip() {
        if (!link.offer(sequence++, 1)) {
            throw new IllegalStateException(peer + " refused a message: queue full");
        }
        watchdog.waiting();
        int answers;
        try {
            answers = link.poll(1, Link.FOREVER);
        } catch (RuntimeException e) {
            if (watchdog.fired()) {
                throw unanswered(e);
            }
            throw e;
        }
        if (!watchdog.answeredInTime() || answers == 0) {
            throw unanswered(null);
        }
    }

    private IllegalStateException unanswered(RuntimeException cause) {
        return new IllegalStateException(this + " did not answer within "
                + Link.TIMEOUT_MILLIS + " ms; the peer was killed to end the wait", cause);
    }

    /** Ends a wait for an answer that is not coming: kills the peer, then wakes the taker. */
    private void wakeTaker() {
        try {
            peer.process().signal(Signals.SIGKILL);
        } catch (RuntimeException e) {
            // Already gone: a byte channel's take sees end of file either way.
        }
        if (kind == ChannelKind.EVENTFD) {
            Pointer one = Native.buffer(8);
            one.putLong(0, 1);
            Descriptors.write(ownFds[1], one, 8);
        } else if (kind.isSignal()) {
            try (SignalSender self = SignalSender.tgkill(Native.pid(), answerTid,
                    kind.signal())) {
                self.send(0);
            }
        }
    }

    /** Sends one message of {@code payloadBytes}; false if the kernel refused it (EAGAIN). */
    boolean offer(int payloadBytes) {
        return link.offer(sequence++, payloadBytes);
    }

    void command(int what, int a, int b, int c) {
        command.putInt(0, what);
        command.putInt(4, a);
        command.putInt(8, b);
        command.putInt(12, c);
        Descriptors.writeFully(peer.channelFd(), command, ChannelPeer.COMMAND_BYTES);
    }

    /** Waits for one acknowledgement byte from the peer; allocates nothing. */
    void awaitAck() {
        long n;
        try {
            n = Descriptors.read(peer.channelFd(), reply, 1);
        } catch (NativeCallException e) {
            throw new IllegalStateException(peer + " did not acknowledge within "
                    + Link.TIMEOUT_MILLIS + " ms", e);
        }
        if (n != 1) {
            throw new IllegalStateException(peer + " closed its command socket");
        }
    }

    /** Reads {@code count} ints the peer wrote on the command socket. */
    int[] readInts(int count) {
        readReply(4 * count);
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = reply.getInt(4L * i);
        }
        return values;
    }

    private void readReply(int bytes) {
        try {
            Descriptors.readFully(peer.channelFd(), reply, bytes);
        } catch (NativeCallException e) {
            throw new IllegalStateException(peer + " did not answer on its command socket within "
                    + Link.TIMEOUT_MILLIS + " ms", e);
        }
    }

    @Override
    public void close() {
        try {
            if (watchdog != null) {
                watchdog.close();
            }
            link.close();
            peer.close();
        } finally {
            closeAll(ownFds);
        }
    }

    private static void closePeerOnly(int[][] fds) {
        for (int fd : fds[1]) {
            boolean shared = false;
            for (int own : fds[0]) {
                shared |= own == fd;
            }
            if (!shared) {
                Descriptors.close(fd);
            }
        }
    }

    private static void closeAll(int[] fds) {
        for (int fd : fds) {
            Descriptors.close(fd);
        }
    }

    @Override
    public String toString() {
        return kind.reportName() + " to " + peer;
    }
}
