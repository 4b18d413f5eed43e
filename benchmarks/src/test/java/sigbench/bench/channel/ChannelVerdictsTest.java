package sigbench.bench.channel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChannelVerdictsTest {

    @Test
    @DisplayName("Loss and signal bandwidth sentences are computed from the run's counts")
    void sentencesFollowTheFigures() {
        ChannelCapacity capacity = new ChannelCapacity(true);
        capacity.burstRows.add(new BurstRow(Channels.KILL_SIGWAITINFO, "same-cpu", false, 1000,
                0, -1, 10, 0));
        capacity.burstRows.add(new BurstRow(Channels.SOCKETPAIR, "same-cpu", false, 1000, 0,
                -1, 1000, 0));
        capacity.rates.add(new RateRow(Channels.SIGQUEUE_RT, "same-cpu", 256, 4, 1_000_000,
                250_000, 0));
        StringBuilder md = new StringBuilder();

        new ChannelVerdicts(new ChannelFigures(List.of(), capacity)).write(md);

        String text = md.toString();
        assertTrue(text.contains("1.0% of 1000 arrived"), text);
        assertTrue(text.contains("delivered 1000 of the 1000"), text);
        assertTrue(text.contains("that is 1.00 MB/s"), text);
    }

    @Test
    @DisplayName("With nothing measured, the section says so instead of guessing")
    void nothingMeasured() {
        StringBuilder md = new StringBuilder();

        new ChannelVerdicts(new ChannelFigures(List.of(), new ChannelCapacity(true))).write(md);

        assertTrue(md.toString().contains("measured too little"), md.toString());
    }
}
