package sigbench.bench.channel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import sigbench.bench.FloorProgram;

/**
 * The native floor's round trips ({@code floor rtt}), by channel and placement: see
 * {@link FloorProgram}.
 */
final class NativeFloor {

    private static final Map<String, String> CHANNEL_OF_WORK = Map.of(
            "rtt socketpair", Channels.SOCKETPAIR,
            "rtt pipe pair", Channels.PIPE,
            "rtt kill+sigwaitinfo", Channels.KILL_SIGWAITINFO,
            "rtt kill+signalfd", Channels.KILL_SIGNALFD,
            "rtt sigqueue(SIGRTMIN)", Channels.SIGQUEUE_RT);

    /** p50 in nanoseconds by "channel placement". */
    private final Map<String, Double> p50Nanos = new HashMap<>();

    NativeFloor() {
    }

    /** Runs {@code program rtt <placement>} for each placement; throws if it fails. */
    static NativeFloor run(String program, List<String> placements) {
        NativeFloor floor = new NativeFloor();
        for (String placement : placements) {
            floor.record(placement, FloorProgram.p50NanosByWork(program, "rtt", placement));
        }
        return floor;
    }

    /** Reads what {@code floor rtt} printed for {@code placement}. */
    void parse(String placement, String output) {
        record(placement, FloorProgram.parse(output));
    }

    private void record(String placement, Map<String, Double> byWork) {
        byWork.forEach((work, p50) -> {
            if (CHANNEL_OF_WORK.containsKey(work)) {
                p50Nanos.put(CHANNEL_OF_WORK.get(work) + " " + placement, p50);
            }
        });
    }

    /** The floor's p50 for {@code channel} at {@code placement}, or null if it has none. */
    Double p50Nanos(String channel, String placement) {
        return p50Nanos.get(channel + " " + placement);
    }
}
