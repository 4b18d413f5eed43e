package sigbench.linux;

import java.util.ArrayList;
import java.util.List;

import jnr.ffi.Pointer;

/**
 * An immutable set of the signals 1 to 64, stored as the kernel prints it in
 * {@code /proc/<pid>/status}: bit {@code n - 1} stands for signal {@code n}.
 */
public record SignalSet(long bits) {

    /** Size of glibc's {@code sigset_t}; the kernel reads only the first 8 bytes. */
    static final int NATIVE_BYTES = 128;

    public static final SignalSet EMPTY = new SignalSet(0);

    /**
     * Every signal a process may catch, block or reset: 1 to 64 but SIGKILL, SIGSTOP and the two
     * that glibc keeps for its threads (32 and 33).
     */
    public static final SignalSet CATCHABLE =
            new SignalSet(-1L).minus(SignalSet.of(9, 19, 32, 33));

    public static SignalSet of(int... signals) {
        long bits = 0;
        for (int signal : signals) {
            bits |= bit(signal);
        }
        return new SignalSet(bits);
    }

    /** Parses the hexadecimal form of {@code SigBlk:} and its siblings. */
    public static SignalSet parseHex(String hex) {
        return new SignalSet(Long.parseUnsignedLong(hex.trim(), 16));
    }

    public boolean contains(int signal) {
        return (bits & bit(signal)) != 0;
    }

    public boolean containsAll(SignalSet other) {
        return (bits & other.bits) == other.bits;
    }

    public SignalSet plus(SignalSet other) {
        return new SignalSet(bits | other.bits);
    }

    public SignalSet minus(SignalSet other) {
        return new SignalSet(bits & ~other.bits);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    public List<Integer> signals() {
        List<Integer> signals = new ArrayList<>();
        for (int signal = 1; signal <= 64; signal++) {
            if (contains(signal)) {
                signals.add(signal);
            }
        }
        return signals;
    }

    /** The set as a native {@code sigset_t}. */
    Pointer toNative() {
        Pointer set = Native.allocate(NATIVE_BYTES);
        set.putLong(0, bits);
        return set;
    }

    static SignalSet fromNative(Pointer set) {
        return new SignalSet(set.getLong(0));
    }

    /** As {@code /proc} prints it, 16 hexadecimal digits. */
    public String hex() {
        return String.format("%016x", bits);
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        for (int signal : signals()) {
            names.add(Signals.name(signal));
        }
        return "{" + String.join(", ", names) + "}";
    }

    private static long bit(int signal) {
        if (signal < 1 || signal > 64) {
            throw new IllegalArgumentException("no such signal: " + signal);
        }
        return 1L << (signal - 1);
    }
}
