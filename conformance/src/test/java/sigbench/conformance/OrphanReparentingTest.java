package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import sigbench.linux.Pidfd;
import sigbench.linux.ProcStat;
import sigbench.linux.ScopedSubreaper;
import sigbench.linux.Signals;

/**
 * Verify where an orphan goes when its parent is killed: to the nearest ancestor that is a
 * child subreaper, else to the init of its pid namespace. The middle process is a shell that
 * starts a background sleep, reports its pid and execs a sleep of its own.
 */
@DisplayName("Orphans")
class OrphanReparentingTest {

    private static final long EXIT_TIMEOUT_MILLIS = 10_000;

    /** The middle process and its child, as seen before the middle is killed. */
    private record Family(ChildProcess middle, Pidfd grandchild) {
    }

    @Test
    @Timeout(30)
    @Settles({Claim.C05, Claim.C14})
    @DisplayName("An orphan whose ancestors in this JVM are no subreapers is re-parented outside"
            + " it, to a subreaper above it or to its namespace's init")
    void orphanLeavesThisJvm(Finding finding) {
        assertTrue(!ScopedSubreaper.isSubreaper(), "this JVM is a subreaper already");
        Family family = startFamily();
        try (ChildProcess middle = family.middle(); Pidfd grandchild = family.grandchild()) {
            try {
                int newParent = killMiddle(middle, grandchild.pid());

                String adopter = newParent + " (" + nameOf(newParent) + ")";
                String evidence = "with no subreaper in this JVM, the orphan of a SIGKILLed"
                        + " parent went to pid " + adopter;
                finding.verdict(Claim.C14, Verdict.of(newParent == 1), evidence);
                finding.verdict(Claim.C05, newParent == 1 ? Verdict.CONFIRMED : Verdict.PARTLY,
                        evidence + (newParent == 1 ? ", this namespace's init"
                                : ", not pid 1: an ancestor subreaper or namespace init"));
                assertNotEquals(Native.pid(), newParent, "the orphan's new parent");
                assertNotEquals(middle.pid(), newParent, "the orphan's new parent");
            } finally {
                grandchild.send(Signals.SIGKILL);
                grandchild.awaitExit(EXIT_TIMEOUT_MILLIS);
            }
        }
    }

    @Test
    @Timeout(30)
    @Settles({Claim.C07, Claim.C05})
    @DisplayName("An orphan comes to its nearest ancestor that is a child subreaper")
    void orphanComesToSubreaper(Finding finding) {
        try (ScopedSubreaper subreaper = ScopedSubreaper.become()) {
            Family family = startFamily();
            try (Pidfd grandchild = family.grandchild()) {
                int newParent;
                try (ChildProcess middle = family.middle()) {
                    newParent = killMiddle(middle, grandchild.pid());
                } finally {
                    // The middle has ended, so its child is this JVM's to kill and reap.
                    ChildProcess.adopt(grandchild.pid(), "orphaned sleep").close();
                }

                String evidence = "this JVM set PR_SET_CHILD_SUBREAPER; the orphan of its"
                        + " SIGKILLed child went to pid " + newParent + " (this JVM is "
                        + Native.pid() + ")";
                finding.verdict(Claim.C07, Verdict.of(newParent == Native.pid()), evidence);
                finding.verdict(Claim.C05, Verdict.of(newParent == Native.pid()), evidence);
                assertEquals(Native.pid(), newParent, "the orphan's new parent");
            }
        }
    }

    /** Starts the middle process and reads the pid of the child it started. */
    private static Family startFamily() {
        int[] out = Descriptors.pipe();
        ChildProcess middle = Programs.shell("/bin/sleep " + Programs.SLEEP_SECONDS
                + " & echo $!; exec /bin/sleep " + Programs.SLEEP_SECONDS)
                .fd(1, out[1]).fd(2, 2).start();
        try {
            Descriptors.close(out[1]);
            String pid = BrokenPipeTest.readLine(out[0]);
            return new Family(middle, Pidfd.open(Integer.parseInt(pid)));
        } catch (RuntimeException e) {
            middle.close();
            throw e;
        } finally {
            Descriptors.close(out[0]);
        }
    }

    /**
     * Kills the middle process and reaps it; the kernel re-parents its children as it exits,
     * before its parent can reap it. Returns the grandchild's parent then.
     */
    private static int killMiddle(ChildProcess middle, int grandchild) {
        assertEquals(middle.pid(), ProcStat.ofProcess(grandchild).parentPid(),
                "the grandchild's parent before the kill");
        middle.signal(Signals.SIGKILL);
        assertEquals(Signals.SIGKILL, middle.awaitExit(EXIT_TIMEOUT_MILLIS).signal(),
                "how the middle process ended");
        return ProcStat.ofProcess(grandchild).parentPid();
    }

    private static String nameOf(int pid) {
        return ProcStat.ofProcess(pid).name();
    }
}
