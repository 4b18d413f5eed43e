package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.NativeCallException;
import sigbench.linux.Pidfd;
import sigbench.linux.ProcStat;

/**
 * Verify that the kernel closes an exiting process's descriptors before its parent can learn of
 * the exit: by the time a pidfd polls readable, the zombie holds no descriptor, a pipe it read
 * has no reader and one it wrote has no writer. The child holds its pipe ends without closing
 * them: /bin/sleep, ended by SIGKILL.
 */
@DisplayName("Descriptors of an exiting process")
class DescriptorReleaseAtExitTest {

    private static final int EPIPE = 32;
    private static final long EXIT_TIMEOUT_MILLIS = 10_000;

    @Test
    @Timeout(30)
    @Settles(Claim.C18)
    @DisplayName("A process's descriptors are closed before its exit can be seen: a write to the"
            + " pipe it read fails with EPIPE, a read of the pipe it wrote sees end of file")
    void releasedBeforeExitIsSeen(Finding finding) throws IOException {
        int[] toChild = Descriptors.pipe();
        int[] fromChild = Descriptors.pipe();
        try (ChildProcess child = Programs.sleep().fd(0, toChild[0]).fd(1, fromChild[1])
                .fd(2, 2).start();
                Pidfd exit = Pidfd.open(child.pid())) {
            Descriptors.close(toChild[0]);
            Descriptors.close(fromChild[1]);

            child.signal(sigbench.linux.Signals.SIGKILL);
            assertTrue(exit.awaitExit(EXIT_TIMEOUT_MILLIS), child + " did not end");
            char state = ProcStat.ofProcess(child.pid()).state();
            Map<Integer, String> zombieFds = SpawnDescriptorsTest.descriptorsOf(child.pid());
            NativeCallException write = assertThrows(NativeCallException.class,
                    () -> Descriptors.write(toChild[1], Native.buffer(1), 1));
            boolean endOfFile = Descriptors.awaitReadable(fromChild[0], 0)
                    && Descriptors.read(fromChild[0], Native.buffer(1), 1) == 0;

            boolean released = write.errno() == EPIPE && endOfFile && zombieFds.isEmpty();
            finding.verdict(Verdict.of(!released), "as soon as the exit polled readable (state "
                    + state + "): the zombie held " + zombieFds.size() + " descriptors, a write"
                    + " to the pipe it read gave " + write.getMessage() + ", a read of the pipe"
                    + " it wrote gave " + (endOfFile ? "end of file" : "no end of file"));
            assertEquals(Map.of(), zombieFds, "descriptors of the zombie " + child);
            assertEquals(EPIPE, write.errno(), write.getMessage());
            assertTrue(endOfFile, "end of file on the pipe the child wrote");
        } finally {
            Descriptors.close(toChild[1]);
            Descriptors.close(fromChild[0]);
        }
    }
}
