package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.linux.ChildProcess;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;

/**
 * Verify that a spawned child holds the descriptors it was handed, at the numbers it was
 * handed them, and no other: not this JVM's close-on-exec descriptors, and not the ones the
 * JDK opens without close-on-exec, such as a FileInputStream's. They are read once sleep has
 * started sleeping, after the files its start-up opens are closed again.
 */
@DisplayName("A spawned child's descriptors")
class SpawnDescriptorsTest {

    @Test
    @Timeout(30)
    @DisplayName("A spawned child holds exactly the descriptors handed to it, whether or not"
            + " they were close-on-exec")
    void exactlyTheHandedDescriptors() throws IOException, InterruptedException {
        int[] pipe = Descriptors.pipe();
        int[] sockets = Descriptors.socketPair();
        try (FileInputStream inheritable = new FileInputStream("/dev/null")) {
            try (ChildProcess child = Programs.sleep()
                    .fd(0, pipe[0]).fd(1, 2).fd(2, 2).fd(5, sockets[1]).start()) {
                Programs.awaitSleeping(child.pid());
                Map<Integer, String> expected = new TreeMap<>();
                expected.put(0, linkOf(Native.pid(), pipe[0]));
                expected.put(1, linkOf(Native.pid(), 2));
                expected.put(2, linkOf(Native.pid(), 2));
                expected.put(5, linkOf(Native.pid(), sockets[1]));

                assertEquals(expected, descriptorsOf(child.pid()), "descriptors of " + child);
            }
        } finally {
            for (int fd : new int[] {pipe[0], pipe[1], sockets[0], sockets[1]}) {
                Descriptors.close(fd);
            }
        }
    }

    /** Descriptor number to what it refers to, as /proc/<pid>/fd shows them. */
    static Map<Integer, String> descriptorsOf(int pid) throws IOException {
        Map<Integer, String> links = new TreeMap<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Integer.toString(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                int number = Integer.parseInt(fd.getFileName().toString());
                links.put(number, linkOf(pid, number));
            }
        }
        return links;
    }

    static String linkOf(int pid, int fd) throws IOException {
        return Files.readSymbolicLink(Path.of("/proc", Integer.toString(pid), "fd",
                Integer.toString(fd))).toString();
    }
}
