package sigbench.linux;

import jnr.constants.platform.Errno;

/**
 * A native call failed. The message names the call with the arguments that matter and errno's
 * symbolic name, in the form {@code sigqueue(pid=4121, sig=34) = EAGAIN}.
 */
public final class NativeCallException extends RuntimeException {

    private final int errno;

    public NativeCallException(String call, int errno) {
        super(call + " = " + errnoName(errno));
        this.errno = errno;
    }

    /** The errno value the call left, positive. */
    public int errno() {
        return errno;
    }

    /** The symbolic name of an errno value, such as {@code EAGAIN}, or its number if unknown. */
    public static String errnoName(int errno) {
        Errno known = Errno.valueOf(errno);
        return known == Errno.__UNKNOWN_CONSTANT__ ? "errno " + errno : known.name();
    }
}
