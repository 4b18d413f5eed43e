package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import jnr.ffi.Pointer;
import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;

/**
 * Verify what socketpair and pipe give: two connected ends without any name, the first both
 * ways, the second one way. Neither call takes a path, and their ends show as anonymous
 * inodes in /proc, which is what the claim about path lookup can be checked against here;
 * their costs are the benchmarks' to measure.
 */
@DisplayName("socketpair and pipe")
class ChannelPrimitivesTest {

    @Test
    @Timeout(10)
    @Settles(Claim.C20)
    @DisplayName("socketpair(AF_UNIX, SOCK_STREAM) gives two connected ends that carry data both"
            + " ways without bind or connect")
    void socketPairIsFullDuplex(Finding finding) {
        int[] ends = Descriptors.socketPair();
        try {
            byte there = roundTrip(ends[0], ends[1], (byte) 0x5a);
            byte back = roundTrip(ends[1], ends[0], (byte) 0xa5);

            boolean both = there == (byte) 0x5a && back == (byte) 0xa5;
            finding.verdict(Verdict.of(both), "a byte written on each end was read on the other:"
                    + " 0x" + Integer.toHexString(there & 0xff) + " and 0x"
                    + Integer.toHexString(back & 0xff));
            assertEquals((byte) 0x5a, there, "first to second");
            assertEquals((byte) 0xa5, back, "second to first");
        } finally {
            Descriptors.close(ends[0]);
            Descriptors.close(ends[1]);
        }
    }

    @Test
    @Timeout(10)
    @Settles(Claim.C23)
    @DisplayName("A pipe's ends, like a socketpair's, are anonymous inodes that no path names")
    void pipeResolvesNoPath(Finding finding) throws IOException {
        int[] pipe = Descriptors.pipe();
        int[] sockets = Descriptors.socketPair();
        try {
            String pipeLink = SpawnDescriptorsTest.linkOf(Native.pid(), pipe[0]);
            String socketLink = SpawnDescriptorsTest.linkOf(Native.pid(), sockets[0]);

            boolean anonymous = pipeLink.matches("pipe:\\[\\d+\\]");
            finding.verdict(Verdict.of(!anonymous), "pipe2 takes no path; its end is "
                    + pipeLink + " and a socketpair's " + socketLink + ", both anonymous; which"
                    + " costs less is measured by the control-channel benchmarks in report.md");
            assertTrue(anonymous, "a pipe end: " + pipeLink);
            assertTrue(socketLink.matches("socket:\\[\\d+\\]"), "a socket end: " + socketLink);
        } finally {
            for (int fd : new int[] {pipe[0], pipe[1], sockets[0], sockets[1]}) {
                Descriptors.close(fd);
            }
        }
    }

    private static byte roundTrip(int from, int to, byte value) {
        Pointer buffer = Native.buffer(1);
        buffer.putByte(0, value);
        Descriptors.writeFully(from, buffer, 1);
        buffer.putByte(0, (byte) 0);
        assertTrue(Descriptors.awaitReadable(to, 5_000), "nothing arrived");
        Descriptors.readFully(to, buffer, 1);
        return buffer.getByte(0);
    }
}
