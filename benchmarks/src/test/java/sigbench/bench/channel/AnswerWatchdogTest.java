package sigbench.bench.channel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnswerWatchdogTest {

    @Test
    @DisplayName("A wait that outlasts the timeout is woken, and the waiter learns it was")
    void stuckWaitIsWoken() throws InterruptedException {
        CountDownLatch woken = new CountDownLatch(1);
        try (AnswerWatchdog watchdog = new AnswerWatchdog("test", 1_000, woken::countDown)) {
            watchdog.waiting();

            assertTrue(woken.await(5, TimeUnit.SECONDS), "the wake-up did not run within 5 s");
            assertFalse(watchdog.answeredInTime());
        }
    }

    @Test
    @DisplayName("Waits that end keep the watchdog quiet")
    void answeredWaitsDoNotFire() throws InterruptedException {
        CountDownLatch woken = new CountDownLatch(1);
        try (AnswerWatchdog watchdog = new AnswerWatchdog("test", 1_000, woken::countDown)) {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_500);
            while (System.nanoTime() < end) {
                watchdog.waiting();
                Thread.sleep(1);
                assertTrue(watchdog.answeredInTime());
            }
            assertFalse(woken.await(0, TimeUnit.SECONDS));
        }
    }
}
