package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.Cgroups;
import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.ProcStatus;
import sigbench.linux.SignalSet;
import sigbench.linux.peer.EchoPeer;

/**
 * Verify what the pids controller counts: tasks, so one multi-threaded process counts once per
 * thread. The test makes a cgroup of its own, whose name holds a colon and a blank to check
 * that /proc/<pid>/cgroup is read right, moves one peer JVM into it, and removes it after.
 * It uses cgroup v2 where v2 offers the pids controller, else the v1 pids hierarchy.
 */
@DisplayName("The pids controller")
class CgroupPidsTest {

    private static final long REMOVE_TIMEOUT_MILLIS = 5_000;
    private static final int MOST_READS = 100;

    @Test
    @Timeout(60)
    @Settles(Claim.C25)
    @DisplayName("pids.current counts every task of a cgroup: one process counts once per thread")
    void countsThreads(Finding finding) throws IOException, InterruptedException {
        Optional<Cgroups.Hierarchy> found = Cgroups.hierarchyOf("pids");
        assumeTrue(found.isPresent(), "no cgroup hierarchy offers the pids controller here");
        Cgroups.Hierarchy hierarchy = found.get();
        Path cgroup = hierarchy.mountPoint().resolve("sigbench:" + Native.pid() + " pids");
        try {
            Files.createDirectory(cgroup);
        } catch (IOException e) {
            assumeTrue(false, "cannot make a cgroup in " + hierarchy.mountPoint() + ": " + e);
        }
        try (Peer peer = Peer.start(EchoPeer.class, SignalSet.EMPTY, "-1")) {
            Files.writeString(cgroup.resolve("cgroup.procs"), Integer.toString(peer.pid()));
            // A JVM may start or end a thread while the count is read: read it between two
            // equal thread counts.
            int threadsBefore;
            int current;
            int threadsAfter;
            int reads = 0;
            do {
                threadsBefore = threadsOf(peer.pid());
                current = Integer.parseInt(Files.readString(cgroup.resolve("pids.current"))
                        .strip());
                threadsAfter = threadsOf(peer.pid());
            } while (threadsBefore != threadsAfter && ++reads < MOST_READS);
            List<String> processes = Files.readAllLines(cgroup.resolve("cgroup.procs"));

            boolean countsThreads = threadsBefore == threadsAfter && current == threadsBefore;
            String where = hierarchy.v2() ? "cgroup v2" : "the cgroup v1 pids hierarchy (cgroup"
                    + " v2 here offers " + v2Controllers() + ")";
            finding.verdict(current == processes.size() ? Verdict.CONFIRMED : countsThreads
                    ? Verdict.REFUTED : Verdict.PARTLY, "in " + where + ", a cgroup holding "
                    + processes.size() + " process of " + threadsBefore + " threads: pids.current"
                    + " = " + current);
            assertEquals(List.of(Integer.toString(peer.pid())), processes, "cgroup.procs");
            assertEquals(threadsBefore, threadsAfter, "the peer's threads kept changing");
            assertEquals(threadsBefore, current, "pids.current for one process of "
                    + threadsBefore + " threads");
            assertTrue(Cgroups.ofProcess(peer.pid()).stream().anyMatch(
                    membership -> membership.path().endsWith("/" + cgroup.getFileName())),
                    "the peer's /proc/<pid>/cgroup names " + cgroup.getFileName() + ": "
                            + Cgroups.ofProcess(peer.pid()));
        } finally {
            remove(cgroup);
        }
    }

    private static int threadsOf(int pid) {
        return Integer.parseInt(ProcStatus.ofProcess(pid).field("Threads"));
    }

    private static String v2Controllers() {
        return Cgroups.v2MountPoint().map(Cgroups::controllers).map(String::valueOf)
                .orElse("nothing: it is not mounted");
    }

    /** Removes the cgroup once its last task, reaped, has left it. */
    private static void remove(Path cgroup) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + REMOVE_TIMEOUT_MILLIS * 1_000_000L;
        while (true) {
            try {
                Files.delete(cgroup);
                return;
            } catch (IOException busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                Thread.sleep(10);
            }
        }
    }
}
