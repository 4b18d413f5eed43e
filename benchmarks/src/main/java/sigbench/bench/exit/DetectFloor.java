package sigbench.bench.exit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import sigbench.bench.FloorProgram;

/**
 * The native floor of exit detection ({@code floor detect}), by mechanism and placement: see
 * {@link FloorProgram}.
 */
final class DetectFloor {

    private static final Map<String, String> MECHANISM_OF_WORK = Map.of(
            "detect blocking waitpid", Mechanisms.WAITPID_BLOCKING,
            "detect busy WNOHANG poll", Mechanisms.WAITPID_POLL_BUSY,
            "detect 1ms WNOHANG poll", Mechanisms.WAITPID_POLL_1MS,
            "detect signalfd(SIGCHLD)", Mechanisms.SIGNALFD,
            "detect pidfd poll", Mechanisms.PIDFD);

    /** p50 in nanoseconds by "mechanism placement". */
    private final Map<String, Double> p50Nanos = new HashMap<>();

    private DetectFloor() {
    }

    /** Runs {@code program detect <placement>} for each placement; throws if it fails. */
    static DetectFloor run(String program, List<String> placements) {
        DetectFloor floor = new DetectFloor();
        for (String placement : placements) {
            floor.record(placement, FloorProgram.p50NanosByWork(program, "detect", placement));
        }
        return floor;
    }

    /** The floor's p50 for {@code mechanism} at {@code placement}, or null if it has none. */
    Double p50Nanos(String mechanism, String placement) {
        return p50Nanos.get(mechanism + " " + placement);
    }

    private void record(String placement, Map<String, Double> byWork) {
        byWork.forEach((work, p50) -> {
            if (MECHANISM_OF_WORK.containsKey(work)) {
                p50Nanos.put(MECHANISM_OF_WORK.get(work) + " " + placement, p50);
            }
        });
    }

    /** A floor parsed from output already taken, for tests. */
    static DetectFloor parsed(String placement, String output) {
        DetectFloor floor = new DetectFloor();
        floor.record(placement, FloorProgram.parse(output));
        return floor;
    }
}
