package sigbench.bench.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NativeFloorTest {

    private static final String PRINTED = String.join("\n",
            "rtt socketpair                 cross n=20000  p50=    50600  p99=    90000  min="
                    + "    20000 ns",
            "rtt pipe pair                  cross n=20000  p50=    43400  p99=    80000  min="
                    + "    20000 ns",
            "rtt sigqueue(SIGRTMIN)         cross n=20000  p50=    46100  p99=    80000  min="
                    + "    20000 ns",
            "detect pidfd poll              cross n=1000   p50=    42600  p99=    80000  min="
                    + "    20000 ns");

    @Test
    @DisplayName("The floor's p50 is read per channel under the report's names and placement")
    void readsP50ByChannel() {
        NativeFloor floor = new NativeFloor();
        floor.parse("cross-cpu", PRINTED);

        assertEquals(50_600, floor.p50Nanos(Channels.SOCKETPAIR, "cross-cpu"));
        assertEquals(43_400, floor.p50Nanos(Channels.PIPE, "cross-cpu"));
        assertEquals(46_100, floor.p50Nanos(Channels.SIGQUEUE_RT, "cross-cpu"));
        assertNull(floor.p50Nanos(Channels.SOCKETPAIR, "same-cpu"));
        assertNull(floor.p50Nanos(Channels.TGKILL, "cross-cpu"));
    }
}
