package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.linux.ChildProcess;
import sigbench.linux.ExitStatus;
import sigbench.linux.Signals;
import sigbench.linux.Spawn;

/**
 * Verify that PR_SET_PDEATHSIG follows the thread that created the child, not its process:
 * the child gets its signal when that thread exits, while the JVM lives on. setpriv sets the
 * signal and execs sleep, which keeps it.
 */
@DisplayName("Parent death signal")
class ParentDeathSignalTest {

    private static final long EXIT_TIMEOUT_MILLIS = 10_000;

    @Test
    @Timeout(30)
    @DisplayName("PR_SET_PDEATHSIG fires when the thread that spawned the child exits, though its"
            + " process lives on")
    void firesWhenSpawningThreadExits() throws Exception {
        CompletableFuture<ChildProcess> spawned = new CompletableFuture<>();
        Thread spawner = new Thread(() -> {
            try {
                ChildProcess child = Spawn.program("/usr/bin/setpriv")
                        .args("--pdeathsig", "TERM", "/bin/sleep", Programs.SLEEP_SECONDS)
                        .start();
                // The signal must be set before this thread exits: wait for sleep to run.
                Programs.awaitComm(child.pid(), "sleep");
                spawned.complete(child);
            } catch (Throwable e) {
                spawned.completeExceptionally(e);
            }
        }, "spawner");
        spawner.start();

        try (ChildProcess child = spawned.get(EXIT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
            spawner.join(EXIT_TIMEOUT_MILLIS);
            assertTrue(!spawner.isAlive(), "the spawning thread did not end");

            assertEquals(new ExitStatus(-1, Signals.SIGTERM), child.awaitExit(EXIT_TIMEOUT_MILLIS),
                    "how " + child + " ended after its spawning thread exited");
        }
    }
}
