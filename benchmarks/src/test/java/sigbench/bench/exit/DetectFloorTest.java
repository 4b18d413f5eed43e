package sigbench.bench.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import sigbench.bench.FloorProgram;

class DetectFloorTest {

    private static final String OUTPUT = ""
            + "detect blocking waitpid        same  n=1000   p50=    10000  p99=  20000"
            + "  min=  9000 ns\n"
            + "detect busy WNOHANG poll       same  n=1000   p50=  3000000  p99= 4000000"
            + "  min=  9000 ns\n"
            + "detect signalfd(SIGCHLD)       same  n=1000   p50=    11000  p99=  20000"
            + "  min=  9000 ns\n"
            + "rtt socketpair                 same  n=20000  p50=     5000  p99=   9000"
            + "  min=  4000 ns\n";

    @Test
    @DisplayName("The floor's detect lines map to the mechanisms of the same name")
    void parsesDetectLines() {
        DetectFloor floor = DetectFloor.parsed("same-cpu", OUTPUT);

        assertEquals(10000, floor.p50Nanos(Mechanisms.WAITPID_BLOCKING, "same-cpu"));
        assertEquals(3000000, floor.p50Nanos(Mechanisms.WAITPID_POLL_BUSY, "same-cpu"));
        assertEquals(11000, floor.p50Nanos(Mechanisms.SIGNALFD, "same-cpu"));
    }

    @Test
    @DisplayName("Mechanisms the floor does not measure, and other placements, have no floor")
    void noFloorForTheRest() {
        DetectFloor floor = DetectFloor.parsed("same-cpu", OUTPUT);

        assertNull(floor.p50Nanos(Mechanisms.JDK_ONEXIT, "same-cpu"));
        assertNull(floor.p50Nanos(Mechanisms.WAITPID_POLL_100US, "same-cpu"));
        assertNull(floor.p50Nanos(Mechanisms.WAITPID_BLOCKING, "unpinned"));
    }

    @Test
    @DisplayName("Placements are passed to the floor by its own names")
    void placementArguments() {
        assertEquals("same", FloorProgram.argument("same-cpu"));
        assertEquals("cross", FloorProgram.argument("cross-cpu"));
        assertEquals("free", FloorProgram.argument("unpinned"));
    }
}
