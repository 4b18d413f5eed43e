package sigbench.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jnr.ffi.Pointer;

/**
 * A peer: a small Java main started as a child JVM with posix_spawn, holding the signal mask it
 * was given from its first instruction, so every thread of that JVM blocks those signals.
 *
 * <p>The child receives three things and nothing else: the read end of a lifeline pipe as its
 * standard input, this JVM's standard error as its standard output and error, and one end of a
 * socketpair as descriptor {@link #CHANNEL_FD}. Only this object holds the lifeline's write end.
 * When this JVM ends in any way, SIGKILL included, the kernel closes that end, the peer reads
 * end of file and halts. PR_SET_PDEATHSIG would not do: it follows the thread that spawned the
 * child, not the process.
 *
 * <p>A stopped peer cannot read its lifeline, so this JVM also kills every peer it has not
 * closed when it exits, and when {@link ParentWatch} halts it. A peer starts with every signal at
 * its default action, whatever dispositions this JVM inherited, and with the mask it is given.
 *
 * <p>A peer announces itself on the channel with its pid and the tid of its worker thread once
 * it is ready; {@link #start} waits for that with a timeout.
 */
public final class Peer implements AutoCloseable {

    /** The descriptor number of the control channel in the peer. */
    public static final int CHANNEL_FD = 3;

    /** The descriptor number of the first descriptor handed over with {@code passedFds}. */
    public static final int FIRST_PASSED_FD = 4;

    static final long READY_TIMEOUT_MILLIS = 30_000;
    private static final long EXIT_TIMEOUT_MILLIS = 5_000;

    /** Peers started and not yet closed, to kill if this JVM exits without closing them. */
    private static final Set<Peer> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Peer::killOpenPeers, "kill-open-peers"));
    }

    private final ChildProcess process;
    private final int channelFd;
    private final int lifelineFd;
    private final int workerTid;

    private Peer(ChildProcess process, int channelFd, int lifelineFd, int workerTid) {
        this.process = process;
        this.channelFd = channelFd;
        this.lifelineFd = lifelineFd;
        this.workerTid = workerTid;
    }

    /**
     * Starts {@code main} in a new JVM of this JDK, with {@code mask} blocked and reset to the
     * default action, and waits until it is ready.
     */
    public static Peer start(Class<?> main, SignalSet mask, String... args) {
        return start(main, mask, new int[0], args);
    }

    /**
     * As {@link #start(Class, SignalSet, String...)}, and hands the peer {@code passedFds} as
     * descriptors {@link #FIRST_PASSED_FD}, {@link #FIRST_PASSED_FD} + 1, ... The caller keeps
     * its own copies and closes them when it no longer needs them.
     */
    public static Peer start(Class<?> main, SignalSet mask, int[] passedFds, String... args) {
        int[] channel = Descriptors.socketPair();
        int[] lifeline = Descriptors.pipe();
        ChildProcess process = null;
        try {
            Spawn spawn = Spawn.program(JvmFlags.javaLauncher())
                    .args(javaArgs(main, args))
                    .describedAs(main.getSimpleName())
                    .mask(mask)
                    .defaults(SignalSet.CATCHABLE)
                    .fd(0, lifeline[0])
                    .fd(1, 2)
                    .fd(2, 2)
                    .fd(CHANNEL_FD, channel[1]);
            for (int i = 0; i < passedFds.length; i++) {
                spawn.fd(FIRST_PASSED_FD + i, passedFds[i]);
            }
            process = spawn.start();
            Descriptors.close(lifeline[0]);
            Descriptors.close(channel[1]);
            lifeline[0] = -1;
            channel[1] = -1;
            int tid = awaitReady(process, channel[0]);
            Peer peer = new Peer(process, channel[0], lifeline[1], tid);
            OPEN.add(peer);
            return peer;
        } catch (RuntimeException e) {
            Descriptors.closeQuietly(lifeline[1]);
            Descriptors.closeQuietly(lifeline[0]);
            Descriptors.closeQuietly(channel[0]);
            Descriptors.closeQuietly(channel[1]);
            if (process != null) {
                process.close();
            }
            throw e;
        }
    }

    private static List<String> javaArgs(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(JvmFlags.nativeAccess());
        // A small heap and the serial collector: fewer threads, a quicker start.
        command.addAll(List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx64m"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static int awaitReady(ChildProcess process, int channelFd) {
        if (!Descriptors.awaitReadable(channelFd, READY_TIMEOUT_MILLIS)) {
            throw new IllegalStateException(process + " was not ready within "
                    + READY_TIMEOUT_MILLIS + " ms");
        }
        Pointer hello = Native.allocate(8);
        try {
            Descriptors.readFully(channelFd, hello, 8);
        } catch (IllegalStateException endOfFile) {
            ExitStatus exit = process.awaitExit(EXIT_TIMEOUT_MILLIS);
            throw new IllegalStateException(process + " ended before it was ready: "
                    + (exit == null ? "it closed its channel" : exit), endOfFile);
        }
        if (hello.getInt(0) != process.pid()) {
            throw new IllegalStateException(process + " announced pid " + hello.getInt(0));
        }
        return hello.getInt(4);
    }

    public int pid() {
        return process.pid();
    }

    /** The kernel thread id of the peer's worker thread, for thread-directed signals. */
    public int workerTid() {
        return workerTid;
    }

    /** This JVM's end of the control channel. */
    public int channelFd() {
        return channelFd;
    }

    public ChildProcess process() {
        return process;
    }

    /**
     * Kills the peer and returns an exception that says what went wrong and the state the peer
     * was found in: ended and how, stopped, or still running.
     *
     * @param what what the peer failed to do, such as "did not answer within 10000 ms"
     */
    public IllegalStateException failure(String what, Throwable cause) {
        String state;
        ExitStatus exit = process.awaitExit(0);
        if (exit != null) {
            state = "it had ended, " + exit;
        } else {
            String status = ProcStatus.ofProcess(process.pid()).field("State");
            state = "it was running, state " + status + "; now killed";
        }
        close();
        return new IllegalStateException(this + " " + what + ": " + state, cause);
    }

    /** Kills every peer this JVM has not closed, without waiting; for exit paths. */
    static void killOpenPeers() {
        for (Peer peer : OPEN) {
            peer.process.killQuietly();
        }
    }

    /**
     * Cuts the lifeline, waits for the peer to halt, and kills it if it has not within
     * {@value #EXIT_TIMEOUT_MILLIS} ms. Returns how the peer ended.
     */
    public ExitStatus stop() {
        Descriptors.closeQuietly(lifelineFd);
        ExitStatus exit = process.awaitExit(EXIT_TIMEOUT_MILLIS);
        if (exit == null) {
            process.close();
            exit = process.awaitExit(0);
        }
        return exit;
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            process.close();
            Descriptors.closeQuietly(channelFd);
            OPEN.remove(this);
        }
    }

    @Override
    public String toString() {
        return process.toString();
    }
}
