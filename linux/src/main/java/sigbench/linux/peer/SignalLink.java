package sigbench.linux.peer;

import sigbench.linux.SignalFdTaker;
import sigbench.linux.SignalSender;
import sigbench.linux.SignalTaker;

/**
 * A link over a signal: sent by kill, sigqueue, tgkill or pidfd_send_signal to the other end,
 * taken with sigtimedwait or from a signalfd. The signal must be blocked in every thread of the
 * taking process, or a thread that does not block it runs its action first.
 */
final class SignalLink implements Link {

    private final SignalSender sender;
    private final SignalTaker waiter;
    private final SignalFdTaker reader;

    private SignalLink(SignalSender sender, SignalTaker waiter, SignalFdTaker reader) {
        this.sender = sender;
        this.waiter = waiter;
        this.reader = reader;
    }

    /** The link of {@code kind} that sends to process {@code pid}, thread {@code tid}. */
    static SignalLink of(ChannelKind kind, int pid, int tid) {
        int signal = kind.signal();
        SignalSender sender = switch (kind) {
            case KILL_SIGWAITINFO, KILL_SIGNALFD -> SignalSender.kill(pid, signal);
            case SIGQUEUE_RT -> SignalSender.sigqueue(pid, signal);
            case TGKILL -> SignalSender.tgkill(pid, tid, signal);
            case PIDFD_SIGNAL -> SignalSender.pidfd(pid, signal);
            default -> throw new IllegalArgumentException(kind + " is not a signal channel");
        };
        return kind == ChannelKind.KILL_SIGNALFD
                ? new SignalLink(sender, null, new SignalFdTaker(kind.mask()))
                : new SignalLink(sender, new SignalTaker(kind.mask()), null);
    }

    @Override
    public boolean offer(int sequence, int payloadBytes) {
        return sender.send(sequence);
    }

    @Override
    public int poll(int payloadBytes, long timeoutMillis) {
        if (waiter != null && timeoutMillis == FOREVER) {
            waiter.takeUntimed();
            return 1;
        }
        boolean taken = waiter != null ? waiter.take(timeoutMillis) : reader.take(timeoutMillis);
        return taken ? 1 : 0;
    }

    @Override
    public int lastSequence() {
        return waiter != null ? waiter.lastValue() : reader.lastValue();
    }

    @Override
    public void close() {
        sender.close();
        if (reader != null) {
            reader.close();
        }
    }
}
