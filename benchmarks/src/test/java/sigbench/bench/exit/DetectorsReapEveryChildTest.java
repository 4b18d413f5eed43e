package sigbench.bench.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import sigbench.linux.Native;

/**
 * The detectors against real children, in this test JVM, which did not start with SIGCHLD
 * blocked: every mechanism but signalfd must reap a burst whole and leave no zombie, and
 * signalfd must refuse to run here.
 */
class DetectorsReapEveryChildTest {

    private static final int CHILDREN = 8;

    @ParameterizedTest(name = "{0} reaps each of 8 children that exit at once")
    @ValueSource(strings = {Mechanisms.WAITPID_BLOCKING, Mechanisms.WAITPID_POLL_BUSY,
        Mechanisms.WAITPID_POLL_100US, Mechanisms.WAITPID_POLL_1MS, Mechanisms.PIDFD,
        Mechanisms.JDK_ONEXIT})
    void reapsABurst(String mechanism) {
        try (Detector detector = Mechanisms.open(mechanism);
                Brood brood = detector.spawn(CHILDREN)) {
            detector.prepare(brood);
            brood.releaseAll();

            int reaped = detector.reapAll(brood, deadline());
            detector.finish(brood);

            assertEquals(CHILDREN, reaped);
            brood.requireEnded(false);
            assertEquals(0, Zombies.childrenOf(Native.pid()));
        }
    }

    @ParameterizedTest(name = "{0} reaps a child killed by SIGKILL and sees the signal")
    @ValueSource(strings = {Mechanisms.WAITPID_BLOCKING, Mechanisms.WAITPID_POLL_1MS,
        Mechanisms.PIDFD, Mechanisms.JDK_ONEXIT})
    void reapsAKilledChild(String mechanism) {
        try (Detector detector = Mechanisms.open(mechanism);
                Brood brood = detector.spawn(1)) {
            detector.prepare(brood);
            brood.killAll();

            assertEquals(1, detector.reapAll(brood, deadline()));
            detector.finish(brood);

            brood.requireEnded(true);
        }
    }

    @Test
    @DisplayName("A child told to exit ends with code 0, not killed")
    void commandedChildExitsZero() {
        try (Detector detector = Mechanisms.open(Mechanisms.PIDFD);
                Brood brood = detector.spawn(2)) {
            detector.prepare(brood);
            brood.commandExit();

            assertEquals(2, detector.reapAll(brood, deadline()));
            detector.finish(brood);

            brood.requireEnded(false);
            IllegalStateException wrong = assertThrows(IllegalStateException.class,
                    () -> brood.requireEnded(true));
            assertTrue(wrong.getMessage().contains("exit code 0"), wrong.getMessage());
        }
    }

    @Test
    @DisplayName("signalfd refuses a JVM whose threads do not all block SIGCHLD")
    void signalfdRefusesAnUnmaskedJvm() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Mechanisms.open(Mechanisms.SIGNALFD));

        assertTrue(refused.getMessage().contains("does not block SIGCHLD"),
                refused.getMessage());
    }

    @Test
    @DisplayName("Closing a brood kills and reaps the children nobody reaped")
    void closeCleansUp() {
        Brood brood = NativeBrood.spawn(3);

        brood.close();

        assertEquals(0, Zombies.childrenOf(Native.pid()));
    }

    private static long deadline() {
        return System.nanoTime() + Detector.REAP_TIMEOUT_MILLIS * 1_000_000L;
    }
}
