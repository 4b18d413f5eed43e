package sigbench.linux;

import jnr.ffi.LastError;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;

/**
 * The loaded libraries and the one rule every wrapper follows: a negative result is read
 * together with errno and turned into a {@link NativeCallException}.
 */
public final class Native {

    static final POSIX POSIX = POSIXFactory.getNativePOSIX();

    static final LibC LIBC = LibraryLoader.create(LibC.class)
            .option(LibraryOption.SaveError, Boolean.TRUE)
            .load("c");

    static final Runtime RUNTIME = Runtime.getRuntime(LIBC);

    private Native() {
    }

    /** errno as the last native call on this thread left it. */
    static int errno() {
        return LastError.getLastError(RUNTIME);
    }

    /** Returns {@code result}, or throws naming {@code call} if it is negative. */
    static long check(long result, String call) {
        if (result < 0) {
            throw new NativeCallException(call, errno());
        }
        return result;
    }

    /** Returns {@code result}, or throws naming {@code call} if it is negative. */
    static int check(int result, String call) {
        if (result < 0) {
            throw new NativeCallException(call, errno());
        }
        return result;
    }

    /**
     * For calls such as posix_spawn that return an error number instead of setting errno:
     * throws naming {@code call} if {@code error} is not zero.
     */
    static void checkReturnedError(int error, String call) {
        if (error != 0) {
            throw new NativeCallException(call, error);
        }
    }

    /** Native memory that stays valid as long as the returned pointer is reachable. */
    static Pointer allocate(int bytes) {
        return jnr.ffi.Memory.allocateDirect(RUNTIME, bytes, true);
    }

    /** A zeroed native buffer for reads and writes, freed once it is unreachable. */
    public static Pointer buffer(int bytes) {
        return allocate(bytes);
    }

    /** The process id of this JVM. */
    public static int pid() {
        return POSIX.getpid();
    }

    /** The kernel thread id of the calling thread. */
    public static int tid() {
        return (int) check(LIBC.syscall(Syscall.GETTID, 0, 0, 0, 0), "gettid()");
    }
}
