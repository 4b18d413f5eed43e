package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.linux.ChildProcess;
import sigbench.linux.Descriptors;
import sigbench.linux.NativeCallException;
import sigbench.linux.Pidfd;
import sigbench.linux.Signals;
import sigbench.linux.Spawn;

/** Verify that a failed native call reports the call, its arguments and errno's name. */
@DisplayName("Failed native calls")
class NativeCallErrorTest {

    private static final int EBADF = 9;
    private static final int ESRCH = 3;

    @Test
    @Timeout(10)
    @DisplayName("close of descriptor -1 fails with EBADF, named with its argument")
    void closeOfBadDescriptor() {
        NativeCallException failure = assertThrows(NativeCallException.class,
                () -> Descriptors.close(-1));

        assertEquals("close(fd=-1) = EBADF", failure.getMessage());
        assertEquals(EBADF, failure.errno());
    }

    @Test
    @Timeout(30)
    @DisplayName("pidfd_send_signal to a reaped child fails with ESRCH instead of reaching a"
            + " process that reuses its pid")
    void pidfdOfReapedChild() {
        try (ChildProcess child = Spawn.program("/bin/true").start();
                Pidfd pidfd = Pidfd.open(child.pid())) {
            assertNotNull(child.awaitExit(10_000), child + " did not end");

            NativeCallException failure = assertThrows(NativeCallException.class,
                    () -> pidfd.send(Signals.SIGTERM));

            assertEquals("pidfd_send_signal(pid=" + child.pid() + ", SIGTERM) = ESRCH",
                    failure.getMessage());
            assertEquals(ESRCH, failure.errno());
        }
    }

    @Test
    @Timeout(10)
    @DisplayName("A signal to pid 0 or -1 is refused before any system call is made")
    void groupSignalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Signals.kill(0, Signals.SIGTERM));
        assertThrows(IllegalArgumentException.class, () -> Signals.kill(-1, Signals.SIGTERM));
        assertThrows(IllegalArgumentException.class, () -> Signals.sigqueue(-1, 34, 0));
    }
}
