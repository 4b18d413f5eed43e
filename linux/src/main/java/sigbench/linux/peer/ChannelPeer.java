package sigbench.linux.peer;

import jnr.ffi.Pointer;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.PeerRuntime;
import sigbench.linux.Poller;
import sigbench.linux.SigpendingLimit;

/**
 * The child end of every control channel of {@link ChannelKind}. It takes commands from its
 * parent on descriptor {@link Peer#CHANNEL_FD}, each {@value #COMMAND_BYTES} bytes: four ints,
 * the command and up to three arguments. Its main thread does all the work, so its tid is the
 * one a thread-directed signal must name.
 *
 * <ul>
 * <li>{@link #ECHO}: answer every message on the channel with one message, for ever.
 * <li>{@link #SINK} (window, payloadBytes, messages): take {@code messages} messages, write one
 *     acknowledgement byte on the command descriptor after every {@code window} of them, then
 *     an int: how many sequence values came out of order.
 * <li>{@link #BURST}: take messages as they come until {@link #END}, then take what is still
 *     pending without waiting, and write two ints: messages taken, out-of-order values.
 * <li>{@link #HOLD}: take nothing until {@link #END}, then as {@link #BURST}.
 * </ul>
 *
 * <p>Arguments: the CPU to pin to or -1, the channel's name, the parent's pid, the tid of the
 * parent's thread that takes answers, and the RLIMIT_SIGPENDING this peer should lower its own
 * soft limit to, or -1 to keep it.
 */
public final class ChannelPeer {

    public static final int COMMAND_BYTES = 16;
    public static final int ECHO = 1;
    public static final int SINK = 2;
    public static final int BURST = 3;
    public static final int HOLD = 4;
    public static final int END = 5;

    /** How long a burst's receiver waits for a message before it looks for {@link #END}. */
    private static final long BURST_POLL_MILLIS = 1;

    private final Link link;
    private final Pointer command = Native.buffer(COMMAND_BYTES);
    private final Pointer ack = Native.buffer(8);
    private final Poller commands = new Poller(Peer.CHANNEL_FD);
    private int previousSequence;
    private int outOfOrder;

    private ChannelPeer(Link link) {
        this.link = link;
    }

    public static void main(String[] args) {
        PeerRuntime.start();
        PeerArgs.pin(args[0]);
        ChannelKind kind = ChannelKind.named(args[1]);
        int parentPid = PeerRuntime.parentPid(args[2]);
        int parentTid = Integer.parseInt(args[3]);
        long sigpendingLimit = Long.parseLong(args[4]);
        if (sigpendingLimit >= 0) {
            SigpendingLimit.lowerSoftLimit(sigpendingLimit);
        }
        ChannelPeer peer = new ChannelPeer(kind.peerLink(parentPid, parentTid));
        PeerRuntime.ready(Native.tid());
        while (peer.nextCommand()) {
            peer.run();
        }
        System.exit(0);
    }

    private boolean nextCommand() {
        long n = Descriptors.read(Peer.CHANNEL_FD, command, COMMAND_BYTES);
        if (n == 0) {
            return false;
        }
        if (n != COMMAND_BYTES) {
            throw new IllegalStateException("a command is " + COMMAND_BYTES + " bytes, got " + n);
        }
        return true;
    }

    private void run() {
        int what = command.getInt(0);
        previousSequence = Integer.MIN_VALUE;
        outOfOrder = 0;
        switch (what) {
            case ECHO -> echo();
            case SINK -> sink(command.getInt(4), command.getInt(8), command.getInt(12));
            case BURST -> burst(false);
            case HOLD -> burst(true);
            default -> throw new IllegalStateException("unknown command " + what);
        }
    }

    private void echo() {
        while (true) {
            // Untimed, as the native floor's peer waits: no kernel timer per message. The
            // lifeline ends this JVM if the parent goes, so nothing waits for ever.
            link.poll(1, Link.FOREVER);
            if (!link.offer(link.lastSequence(), 1)) {
                throw new IllegalStateException("the answer was refused: queue full");
            }
        }
    }

    private void sink(int window, int payloadBytes, int messages) {
        int taken = 0;
        int sinceAck = 0;
        while (taken < messages) {
            int n = link.poll(payloadBytes, Link.FOREVER);
            checkOrder();
            taken += n;
            sinceAck += n;
            if (sinceAck >= window) {
                Descriptors.write(Peer.CHANNEL_FD, ack, 1);
                sinceAck = 0;
            }
        }
        if (sinceAck > 0) {
            Descriptors.write(Peer.CHANNEL_FD, ack, 1);
        }
        ack.putInt(0, outOfOrder);
        Descriptors.writeFully(Peer.CHANNEL_FD, ack, 4);
    }

    private void burst(boolean hold) {
        int taken = 0;
        if (hold) {
            nextCommand();
        } else {
            // Looks for END only when no message came for a moment, so that taking a message
            // costs what it costs any receiver, not a poll of the command socket as well.
            while (true) {
                int n = link.poll(1, BURST_POLL_MILLIS);
                if (n > 0) {
                    checkOrder();
                    taken += n;
                } else if (commands.awaitReadable(0)) {
                    break;
                }
            }
            nextCommand();
        }
        if (command.getInt(0) != END) {
            throw new IllegalStateException("expected END, got command " + command.getInt(0));
        }
        for (int n = link.poll(1, 0); n > 0; n = link.poll(1, 0)) {
            checkOrder();
            taken += n;
        }
        ack.putInt(0, taken);
        ack.putInt(4, outOfOrder);
        Descriptors.writeFully(Peer.CHANNEL_FD, ack, 8);
    }

    private void checkOrder() {
        int sequence = link.lastSequence();
        if (sequence >= 0) {
            if (sequence <= previousSequence) {
                outOfOrder++;
            }
            previousSequence = sequence;
        }
    }
}
