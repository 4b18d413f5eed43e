package sigbench.bench.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BurstRowTest {

    @Test
    @DisplayName("A burst survives the peer's line format unchanged")
    void lineRoundTrip() {
        BurstSample sample = new BurstSample("signalfd", 1024, 85_000_000L, 1020, 29, 0,
                22_000_000L, 21_000_000L);

        assertEquals(sample, BurstSample.parse(sample.toLine()));
        assertEquals(4, sample.missed());
    }

    @Test
    @DisplayName("A line that is not a burst is refused, naming it")
    void refusesOtherLines() {
        assertThrows(IllegalArgumentException.class, () -> BurstSample.parse("end"));
    }

    @Test
    @DisplayName("Bursts are grouped by mechanism and K; counts sum, the median is the middle")
    void groupsAndSums() {
        List<BurstRow> rows = BurstRow.of(List.of(
                new BurstSample("pidfd", 64, 3_000, 64, 0, 0, 640, 320),
                new BurstSample("pidfd", 64, 1_000, 60, 0, 2, 640, 320),
                new BurstSample("pidfd", 64, 2_000, 64, 0, 0, 640, 320),
                new BurstSample("pidfd", 1, 500, 1, 0, 0, 10, 5)));

        assertEquals(2, rows.size());
        BurstRow k64 = rows.get(0);
        assertEquals(3, k64.bursts());
        assertEquals(2_000, k64.medianNanos());
        assertEquals(3_000, k64.maxNanos());
        assertEquals(188, k64.reaped());
        assertEquals(4, k64.missed());
        assertEquals(2, k64.zombies());
        assertEquals(1920.0 / 1000 / 188, k64.cpuMicrosPerExit(), 1e-9);
    }
}
