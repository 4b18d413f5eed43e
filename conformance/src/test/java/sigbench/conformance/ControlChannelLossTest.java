package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import jnr.ffi.Pointer;
import sigbench.conformance.peer.SignalPingPeer;
import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.Descriptors;
import sigbench.linux.Native;
import sigbench.linux.Peer;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Verify the loss half of the article's control-channel figures with the same work, 1000 loops
 * and 1 MB: a kill+sigwait ping-pong, which never has two signals pending, loses none, and a
 * socketpair delivers every byte. Latency and throughput are timed by the benchmarks, not here.
 */
@DisplayName("Control-channel loss")
class ControlChannelLossTest {

    private static final int ROUNDS = 1000;
    private static final int MEGABYTE = 1 << 20;
    private static final int CHUNK_BYTES = 64 << 10;
    private static final long TRANSFER_TIMEOUT_MILLIS = 20_000;

    @Test
    @Timeout(90)
    @Settles(Claim.C21)
    @DisplayName("kill+sigwait ping-pong loses no signal in 1000 rounds, and a socketpair carries"
            + " 1 MB whole")
    void nothingIsLost(Finding finding) throws Exception {
        int[] played;
        try (Peer peer = Peer.start(SignalPingPeer.class, SignalSet.of(Signals.SIGUSR1),
                Integer.toString(ROUNDS))) {
            PeerAnswers answers = new PeerAnswers(peer).ask();
            played = new int[] {answers.nextInt(), answers.nextInt()};
        }
        long bytes = socketPairTransfer();

        boolean none = played[1] == 0 && bytes == MEGABYTE;
        finding.verdict(none ? Verdict.REFUTED : Verdict.PARTLY, played[0] + " kill+sigwait"
                + " round trips lost " + played[1] + " (the article: 2.3%); a socketpair"
                + " carried " + bytes + " of " + MEGABYTE + " bytes (the article: 0% loss);"
                + " the latency and throughput figures are settled by the control-channel"
                + " benchmarks in report.md");
        assertEquals(ROUNDS, played[0], "rounds played");
        assertEquals(0, played[1], "signals lost in ping-pong");
        assertEquals(MEGABYTE, bytes, "bytes through the socketpair");
    }

    /** Writes 1 MB on one end from another thread; returns the bytes read on the other. */
    private static long socketPairTransfer() throws Exception {
        int[] ends = Descriptors.socketPair();
        try {
            Descriptors.setReceiveTimeout(ends[1], TRANSFER_TIMEOUT_MILLIS);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                Pointer chunk = Native.buffer(CHUNK_BYTES);
                for (int sent = 0; sent < MEGABYTE; sent += CHUNK_BYTES) {
                    Descriptors.writeFully(ends[0], chunk, CHUNK_BYTES);
                }
            }, runnable -> new Thread(runnable, "socketpair-writer").start());
            Pointer chunk = Native.buffer(CHUNK_BYTES);
            long received = 0;
            while (received < MEGABYTE) {
                received += Descriptors.read(ends[1], chunk, CHUNK_BYTES);
            }
            writer.get(TRANSFER_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return received;
        } finally {
            Descriptors.close(ends[0]);
            Descriptors.close(ends[1]);
        }
    }
}
