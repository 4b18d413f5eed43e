package sigbench.linux;

/**
 * The descriptor channels {@link Descriptors} does not make: a record-preserving socketpair and
 * an eventfd. Close-on-exec, like every descriptor this layer makes.
 */
public final class ChannelDescriptors {

    static final int SOCK_SEQPACKET = 5;
    static final int EFD_CLOEXEC = 0x80000;

    private ChannelDescriptors() {
    }

    /** A connected AF_UNIX SOCK_SEQPACKET pair: each write is one record, read whole. */
    public static int[] seqpacketPair() {
        int[] fds = new int[2];
        Native.check(Native.LIBC.socketpair(Descriptors.AF_UNIX,
                SOCK_SEQPACKET | Descriptors.SOCK_CLOEXEC, 0, fds),
                "socketpair(AF_UNIX, SOCK_SEQPACKET|SOCK_CLOEXEC)");
        return fds;
    }

    /** An eventfd counter starting at 0; a read returns the sum written since and resets it. */
    public static int eventfd() {
        return Native.check(Native.LIBC.eventfd(0, EFD_CLOEXEC), "eventfd(0, EFD_CLOEXEC)");
    }
}
