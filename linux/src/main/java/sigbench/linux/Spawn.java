package sigbench.linux;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jnr.ffi.Pointer;

/**
 * Starts a program with posix_spawn(3), with the signal state and the descriptors it is to
 * have from its first instruction:
 * <ul>
 *   <li>the signal mask, set by the spawn attribute before exec, so a JVM started this way has
 *       it in every thread it will ever create;</li>
 *   <li>signals reset to their default action, so an inherited SIG_IGN does not discard
 *       them;</li>
 *   <li>exactly the descriptors given to {@link #fd}: every other one from 3 up is closed in
 *       the child, whether or not it was close-on-exec.</li>
 * </ul>
 */
public final class Spawn {

    static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    /** glibc's posix_spawnattr_t is 336 bytes and posix_spawn_file_actions_t 80; with room. */
    private static final int OPAQUE_BYTES = 512;

    private final String path;
    private final List<String> argv = new ArrayList<>();
    private final Map<Integer, Integer> fds = new LinkedHashMap<>();
    private SignalSet mask = SignalSet.EMPTY;
    private boolean inheritMask;
    private SignalSet defaults = SignalSet.EMPTY;
    private String description;

    private Spawn(String path) {
        this.path = path;
        argv.add(path);
    }

    /** A spawn of the program at {@code path}; its argv[0] is the path. */
    public static Spawn program(String path) {
        return new Spawn(path);
    }

    public Spawn args(List<String> args) {
        argv.addAll(args);
        return this;
    }

    public Spawn args(String... args) {
        return args(List.of(args));
    }

    /** The signal mask the child starts with; empty unless set. */
    public Spawn mask(SignalSet mask) {
        this.mask = mask;
        return this;
    }

    /**
     * Lets the child start with the mask of the thread that calls {@link #start}, as fork
     * would, instead of the mask given to {@link #mask}.
     */
    public Spawn inheritMask() {
        this.inheritMask = true;
        return this;
    }

    /** How errors and {@link ChildProcess#toString} name the child; its arguments if unset. */
    public Spawn describedAs(String description) {
        this.description = description;
        return this;
    }

    /** Signals whose disposition is reset to SIG_DFL in the child. */
    public Spawn defaults(SignalSet defaults) {
        this.defaults = defaults;
        return this;
    }

    /** Hands the parent's {@code parentFd} to the child as {@code childFd}. */
    public Spawn fd(int childFd, int parentFd) {
        fds.put(childFd, parentFd);
        return this;
    }

    static {
        // JDK 25 resets an ignored SIGCHLD when its environment class loads, on the first
        // System.getenv(): load it here, so that no later spawn undoes a disposition its
        // caller chose.
        System.getenv();
        // A JVM started with SIGCHLD ignored has its children reaped by the kernel until the
        // JDK's process classes load and reset it. A child spawned here must stay waitable.
        ScopedDisposition.makeChildrenWaitable();
    }

    public ChildProcess start() {
        Pointer attributes = Native.allocate(OPAQUE_BYTES);
        Pointer actions = Native.allocate(OPAQUE_BYTES);
        Native.checkReturnedError(Native.LIBC.posix_spawnattr_init(attributes),
                "posix_spawnattr_init()");
        try {
            Native.checkReturnedError(Native.LIBC.posix_spawn_file_actions_init(actions),
                    "posix_spawn_file_actions_init()");
            try {
                setSignalAttributes(attributes);
                addDescriptorActions(actions);
                int[] pid = new int[1];
                CStringArray nativeArgv = new CStringArray(argv);
                CStringArray nativeEnvp = new CStringArray(environment());
                try {
                    Native.checkReturnedError(Native.LIBC.posix_spawn(pid, path, actions,
                            attributes, nativeArgv.pointer(), nativeEnvp.pointer()),
                            "posix_spawn(" + path + ")");
                } finally {
                    Reference.reachabilityFence(nativeArgv);
                    Reference.reachabilityFence(nativeEnvp);
                }
                return new ChildProcess(pid[0], description != null ? description
                        : String.join(" ", argv));
            } finally {
                Native.LIBC.posix_spawn_file_actions_destroy(actions);
            }
        } finally {
            Native.LIBC.posix_spawnattr_destroy(attributes);
        }
    }

    private void setSignalAttributes(Pointer attributes) {
        Native.checkReturnedError(Native.LIBC.posix_spawnattr_setsigmask(attributes,
                mask.toNative()), "posix_spawnattr_setsigmask(" + mask + ")");
        Native.checkReturnedError(Native.LIBC.posix_spawnattr_setsigdefault(attributes,
                defaults.toNative()), "posix_spawnattr_setsigdefault(" + defaults + ")");
        short flags = inheritMask ? POSIX_SPAWN_SETSIGDEF
                : (short) (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        Native.checkReturnedError(Native.LIBC.posix_spawnattr_setflags(attributes, flags),
                "posix_spawnattr_setflags(" + (inheritMask ? "" : "SETSIGMASK|") + "SETSIGDEF)");
    }

    /**
     * Moves every source descriptor above all sources and targets first, then onto its target,
     * so that one mapping cannot overwrite the source of another; then closes every descriptor
     * from 3 up that is not a target: those between the targets one by one, the rest at once.
     * dup2 clears close-on-exec on the copy it makes. Descriptors 0 to 2 that are not mapped
     * stay as the parent has them.
     */
    private void addDescriptorActions(Pointer actions) {
        int highest = 2;
        for (Map.Entry<Integer, Integer> fd : fds.entrySet()) {
            highest = Math.max(highest, Math.max(fd.getKey(), fd.getValue()));
        }
        int parking = highest + 1;
        Map<Integer, Integer> parked = new LinkedHashMap<>();
        for (Map.Entry<Integer, Integer> fd : fds.entrySet()) {
            addDup2(actions, fd.getValue(), parking);
            parked.put(fd.getKey(), parking++);
        }
        int lowestToClose = 3;
        for (Map.Entry<Integer, Integer> fd : parked.entrySet()) {
            addDup2(actions, fd.getValue(), fd.getKey());
            lowestToClose = Math.max(lowestToClose, fd.getKey() + 1);
        }
        for (int gap = 3; gap < lowestToClose; gap++) {
            // glibc ignores EBADF from a close action, so a gap need not be open.
            if (!fds.containsKey(gap)) {
                Native.checkReturnedError(Native.LIBC.posix_spawn_file_actions_addclose(actions,
                        gap), "posix_spawn_file_actions_addclose(" + gap + ")");
            }
        }
        Native.checkReturnedError(Native.LIBC.posix_spawn_file_actions_addclosefrom_np(actions,
                lowestToClose), "posix_spawn_file_actions_addclosefrom_np(" + lowestToClose + ")");
    }

    private static void addDup2(Pointer actions, int fd, int newFd) {
        Native.checkReturnedError(Native.LIBC.posix_spawn_file_actions_adddup2(actions, fd,
                newFd), "posix_spawn_file_actions_adddup2(" + fd + ", " + newFd + ")");
    }

    private static List<String> environment() {
        List<String> entries = new ArrayList<>();
        System.getenv().forEach((name, value) -> entries.add(name + "=" + value));
        return entries;
    }
}
