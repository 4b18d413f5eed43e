package sigbench.bench.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class MechanismNamesTest {

    @Test
    @DisplayName("An unknown mechanism is refused with the known names")
    void unknownMechanism() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Mechanisms.open("waitpid-poll-10ms"));

        assertTrue(error.getMessage().contains("waitpid-poll-10ms"), error.getMessage());
        assertTrue(error.getMessage().contains(Mechanisms.PIDFD), error.getMessage());
    }

    @Test
    @DisplayName("Both latency benchmarks declare every mechanism, in the report's order")
    void benchmarksDeclareEveryMechanism() throws NoSuchFieldException {
        for (Class<?> benchmark : List.of(SigkillLatencyBenchmark.class,
                OwnExitLatencyBenchmark.class)) {
            Param param = benchmark.getField("mechanism").getAnnotation(Param.class);

            assertEquals(Mechanisms.NAMES, List.of(param.value()), benchmark.getSimpleName());
        }
    }
}
