package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.Native;
import sigbench.linux.ProcStat;
import sigbench.linux.ProcStatus;
import sigbench.linux.Spawn;

/**
 * Verify that /proc/<pid>/stat and status are read right whatever a process is called. exec
 * names a process after the last part of the path it was given, so a symbolic link to sleep
 * with a hostile name makes a process of that name.
 */
@DisplayName("Process names in /proc")
class ProcNamesTest {

    private Path links;

    @BeforeEach
    void makeLinkFolder() throws IOException {
        links = Files.createTempDirectory("sigbench-names");
    }

    @AfterEach
    void removeLinkFolder() throws IOException {
        try (Stream<Path> files = Files.walk(links)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    @Test
    @Timeout(30)
    @Settles(Claim.C24)
    @DisplayName("The parent pid is the second field after the last ')' of /proc/<pid>/stat; the"
            + " 4th blank-separated field is it only for names without blanks")
    void parentPidFollowsTheName(Finding finding) throws IOException {
        String plain = naiveParentPid("sleep");
        String hostile = naiveParentPid("a b) S 1 (c");
        String parent = Integer.toString(Native.pid());

        boolean plainRight = plain.equals(parent);
        boolean hostileRight = hostile.equals(parent);
        finding.verdict(plainRight && hostileRight ? Verdict.CONFIRMED
                : plainRight ? Verdict.PARTLY : Verdict.REFUTED, "parent pid " + parent
                + "; 4th field for a process named 'sleep': " + plain + ", for one named"
                + " 'a b) S 1 (c': " + hostile);
        assertEquals(parent, plain, "the 4th field of a process with a plain name");
    }

    @ParameterizedTest(name = "A process named {0} is read back exactly from stat, status and comm")
    @ValueSource(strings = {"a b) S 1 (c", "two\nlines)", "tab\tand space ", "back\\nslash",
        "((())"})
    @Timeout(30)
    void hostileNamesReadBack(String name) throws IOException {
        try (ChildProcess child = sleepNamed(name)) {
            ProcStat stat = ProcStat.ofProcess(child.pid());
            ProcStatus status = ProcStatus.ofProcess(child.pid());
            String comm = Files.readString(Path.of("/proc", Integer.toString(child.pid()),
                    "comm"), StandardCharsets.UTF_8);

            assertEquals(name + "\n", comm, "comm");
            assertEquals(name, stat.name(), "name in stat");
            assertEquals(Native.pid(), stat.parentPid(), "parent pid in stat");
            assertEquals(name, status.unescapedName(), "name in status");
            assertEquals(Native.pid(), status.parentPid(), "PPid in status");
        }
    }

    private String naiveParentPid(String name) throws IOException {
        try (ChildProcess child = sleepNamed(name)) {
            String stat = Files.readString(Path.of("/proc", Integer.toString(child.pid()),
                    "stat"));
            return stat.split(" ")[3];
        }
    }

    /** A sleep whose process name is {@code name}: the kernel keeps 15 bytes of it. */
    private ChildProcess sleepNamed(String name) throws IOException {
        Path link = Files.createSymbolicLink(links.resolve(name), Path.of("/bin/sleep"));
        return Spawn.program(link.toString()).args(Programs.SLEEP_SECONDS).start();
    }
}
