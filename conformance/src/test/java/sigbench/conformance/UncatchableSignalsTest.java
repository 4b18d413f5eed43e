package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sigbench.linux.ChildProcess;
import sigbench.linux.NativeCallException;
import sigbench.linux.ProcStatus;
import sigbench.linux.ScopedDisposition;
import sigbench.linux.ScopedSignalMask;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/** Verify that SIGKILL and SIGSTOP can be neither caught, ignored nor blocked. */
@DisplayName("SIGKILL and SIGSTOP")
class UncatchableSignalsTest {

    private static final int EINVAL = 22;

    @ParameterizedTest(name = "sigaction cannot ignore signal {0}: it fails with EINVAL")
    @ValueSource(ints = {Signals.SIGKILL, Signals.SIGSTOP})
    @Timeout(10)
    void cannotBeIgnored(int signal) {
        NativeCallException failure = assertThrows(NativeCallException.class,
                () -> ScopedDisposition.ignore(signal).close());

        assertEquals(EINVAL, failure.errno(), failure.getMessage());
    }

    @Test
    @Timeout(10)
    @DisplayName("A thread's mask silently leaves out SIGKILL and SIGSTOP")
    void threadCannotBlock() {
        try (ScopedSignalMask blocked = ScopedSignalMask.block(
                SignalSet.of(Signals.SIGKILL, Signals.SIGSTOP))) {
            SignalSet mask = Signals.threadMask();

            assertFalse(mask.contains(Signals.SIGKILL), "SIGKILL in " + mask);
            assertFalse(mask.contains(Signals.SIGSTOP), "SIGSTOP in " + mask);
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("A process spawned with SIGKILL and SIGSTOP in its mask blocks neither")
    void spawnCannotBlock() {
        SignalSet asked = SignalSet.of(Signals.SIGKILL, Signals.SIGSTOP, Signals.SIGUSR1);

        try (ChildProcess child = Programs.sleep().mask(asked).start()) {
            assertEquals(SignalSet.of(Signals.SIGUSR1),
                    ProcStatus.ofProcess(child.pid()).blocked(), "mask of " + child);
        }
    }
}
