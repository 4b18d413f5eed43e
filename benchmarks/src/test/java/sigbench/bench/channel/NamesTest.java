package sigbench.bench.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import sigbench.bench.Placement;

class NamesTest {

    @Test
    @DisplayName("An unknown channel is refused with the known names, before any peer starts")
    void unknownChannel() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Channels.open("carrier-pigeon", Placement.NO_CPU));

        assertTrue(error.getMessage().contains("carrier-pigeon"), error.getMessage());
        assertTrue(error.getMessage().contains(Channels.SOCKETPAIR), error.getMessage());
    }

    @Test
    @DisplayName("Placements parse from their report names and refuse others")
    void placements() {
        for (Placement placement : Placement.values()) {
            assertEquals(placement, Placement.parse(placement.paramName()));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Placement.parse("same_cpu"));
        assertTrue(error.getMessage().contains("same-cpu"), error.getMessage());
    }
}
