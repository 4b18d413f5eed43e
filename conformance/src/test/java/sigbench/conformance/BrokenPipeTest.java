package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import jnr.ffi.Pointer;
import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.Descriptors;
import sigbench.linux.ExitStatus;
import sigbench.linux.Native;
import sigbench.linux.NativeCallException;
import sigbench.linux.ScopedDisposition;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;
import sigbench.linux.Spawn;

/**
 * Verify what a write to a pipe without a reader does: SIGPIPE, whose default action kills the
 * writer, and EPIPE for a writer that survives it. The writers are /bin/echo, whose SIGPIPE
 * disposition is set by what it inherits, and this JVM, which handles SIGPIPE itself.
 */
@DisplayName("Writing to a pipe without a reader")
class BrokenPipeTest {

    private static final int EPIPE = 32;
    private static final long EXIT_TIMEOUT_MILLIS = 10_000;

    @Test
    @Timeout(30)
    @Settles(Claim.C13)
    @DisplayName("A write to a pipe without a reader fails with EPIPE when SIGPIPE is ignored")
    void ignoredSigpipeGivesEpipe(Finding finding) {
        int[] out = Descriptors.pipe();
        int[] err = Descriptors.pipe();
        Descriptors.close(out[0]);
        ChildProcess echo;
        try (ScopedDisposition ignored = ScopedDisposition.ignore(Signals.SIGPIPE)) {
            echo = Spawn.program("/bin/echo").args("x").fd(1, out[1]).fd(2, err[1]).start();
        }
        try (echo) {
            Descriptors.close(out[1]);
            Descriptors.close(err[1]);
            ExitStatus exit = echo.awaitExit(EXIT_TIMEOUT_MILLIS);
            String message = readAll(err[0]);

            NativeCallException own = assertThrows(NativeCallException.class,
                    () -> writeToBrokenPipe());
            boolean epipe = own.errno() == EPIPE && message.contains("Broken pipe");
            finding.verdict(Verdict.of(epipe), "echo with SIGPIPE ignored: " + exit + ", "
                    + message.strip() + "; this JVM: " + own.getMessage() + " (errno "
                    + own.errno() + ")");
            assertEquals(new ExitStatus(1, 0), exit, "how echo ended; it said: " + message);
            assertTrue(message.contains("Broken pipe"), "echo's error: " + message);
            assertEquals(EPIPE, own.errno(), own.getMessage());
        } finally {
            Descriptors.close(err[0]);
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("A write to a pipe without a reader kills a writer whose SIGPIPE is at its"
            + " default action")
    void defaultSigpipeKills() {
        int[] out = Descriptors.pipe();
        Descriptors.close(out[0]);
        try (ChildProcess echo = Spawn.program("/bin/echo").args("x").fd(1, out[1])
                .defaults(SignalSet.of(Signals.SIGPIPE)).start()) {
            Descriptors.close(out[1]);

            assertEquals(new ExitStatus(-1, Signals.SIGPIPE), echo.awaitExit(EXIT_TIMEOUT_MILLIS),
                    "how echo ended");
        }
    }

    /** Writes one byte to a pipe whose read end is closed; the caller expects EPIPE. */
    static void writeToBrokenPipe() {
        int[] pipe = Descriptors.pipe();
        Descriptors.close(pipe[0]);
        try {
            Descriptors.write(pipe[1], Native.buffer(1), 1);
        } finally {
            Descriptors.close(pipe[1]);
        }
    }

    /** Reads up to the first newline, or to end of file; fails after a silence. */
    static String readLine(int fd) {
        Pointer buffer = Native.buffer(1);
        StringBuilder line = new StringBuilder();
        while (true) {
            assertTrue(Descriptors.awaitReadable(fd, EXIT_TIMEOUT_MILLIS), "no line came");
            if (Descriptors.read(fd, buffer, 1) == 0 || buffer.getByte(0) == '\n') {
                return line.toString();
            }
            line.append((char) buffer.getByte(0));
        }
    }

    static String readAll(int fd) {
        Pointer buffer = Native.buffer(4096);
        StringBuilder text = new StringBuilder();
        while (Descriptors.awaitReadable(fd, EXIT_TIMEOUT_MILLIS)) {
            int n = (int) Descriptors.read(fd, buffer, 4096);
            if (n == 0) {
                break;
            }
            byte[] bytes = new byte[n];
            buffer.get(0, bytes, 0, n);
            text.append(new String(bytes, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
